import Foundation
public import TillStore

/// A live lane's practice store: `training/` inside its data directory, a fresh copy of the live
/// store each time the lane goes into training, with training on and no hub. The lane runs on the
/// copy until it goes back, so nothing done in training (sales, shifts, cash, customers, stock) can
/// reach the live store, its reports or the hub.
public enum TrainingLane {
    /// Where the practice copy of the store in `live` is kept.
    public static func directory(of live: DataDirectory) -> DataDirectory {
        DataDirectory(url: live.url.appending(path: "training", directoryHint: .isDirectory))
    }

    /// Copies the live store into its training directory (keeping the trainees' scores of the last
    /// copy) and returns that directory, ready to open.
    public static func prepare(from live: DataDirectory) throws(StoreSetupError) -> DataDirectory {
        let (database, settings) = try StoreSetup.open(directory: live)
        let practice = directory(of: live)
        do throws(StoreError) {
            try database.writeTrainingCopy(into: practice)
        } catch {
            throw .store(error)
        }
        var practiceSettings = settings
        practiceSettings.training = true
        practiceSettings.hubURL = nil
        try SettingsFileWriter.save(TerminalSettingsFile.render(practiceSettings), to: practice.settingsURL.path(percentEncoded: false))
        return practice
    }
}
