import Foundation
public import TillCore
public import TillStore

/// Creates and opens a terminal's data directory, whose database and `till.toml` only make sense together.
///
/// `initialize` makes both or neither: a half-made directory would make the next `till init` refuse
/// and `till` fail to start. `open` refuses a directory missing either file instead of creating an
/// empty database in place of a lost one, which would restart receipt numbers and hide the loss.
public enum StoreSetup {
    /// Sets up a new store in `directory`: the database with `taxClasses`, then `till.toml`.
    public static func initialize(
        directory: DataDirectory, settings: TerminalSettings, taxClasses: [TaxClass]
    ) throws(StoreSetupError) {
        try initialize(directory: directory, settings: settings, taxClasses: taxClasses, saveSettings: SettingsFileWriter.save)
    }

    /// `initialize` with the last step replaceable, so tests can make it fail after the database exists.
    static func initialize(
        directory: DataDirectory, settings: TerminalSettings, taxClasses: [TaxClass],
        saveSettings: (String, String) throws(StoreSetupError) -> Void
    ) throws(StoreSetupError) {
        try check(settings: settings, taxClasses: taxClasses)
        let existing = StoreFile.allCases.filter { $0.exists(in: directory) }
        guard existing.isEmpty else {
            throw .alreadyInitialized(directory: directory.url.path(percentEncoded: false),
                                      existing: existing.map { $0.url(in: directory).lastPathComponent })
        }
        let createdRoot = topmostMissing(directory.url.path(percentEncoded: false))
        do throws(StoreSetupError) {
            try storing { () throws(StoreError) in
                try directory.create()
                let database = try AppDatabase(path: StoreFile.database.path(in: directory))
                try database.replaceTaxClasses(taxClasses)
            }
            try saveSettings(TerminalSettingsFile.render(settings), StoreFile.settings.path(in: directory))
        } catch {
            removeLeftovers(in: directory, createdRoot: createdRoot)
            throw error
        }
    }

    /// The store in `directory`, with its database migrated to this version of Till.
    public static func open(directory: DataDirectory) throws(StoreSetupError) -> (database: AppDatabase, settings: TerminalSettings) {
        let present = StoreFile.allCases.map { $0.exists(in: directory) }
        guard present.contains(true) else { throw .notInitialized(directory: directory.url.path(percentEncoded: false)) }
        if let missing = zip(StoreFile.allCases, present).first(where: { !$0.1 })?.0 {
            throw .missingFile(path: missing.path(in: directory))
        }
        let settingsPath = StoreFile.settings.path(in: directory)
        guard let text = try? String(contentsOfFile: settingsPath, encoding: .utf8) else {
            throw .settings(ConfigProblem(file: settingsPath, line: 0, keyPath: "", message: "cannot be read (unreadable or not UTF-8)"))
        }
        let settings: TerminalSettings
        do {
            settings = try TerminalSettingsFile.parse(text, file: settingsPath)
        } catch {
            throw .settings(error)
        }
        let database = try storing { () throws(StoreError) in try AppDatabase(path: StoreFile.database.path(in: directory)) }
        return (database, settings)
    }

    /// Refuses what would fail halfway or store something unusable; `initialize` runs it before it
    /// creates anything, and `till init` runs it first to report bad flags as usage errors.
    public static func check(settings: TerminalSettings, taxClasses: [TaxClass]) throws(StoreSetupError) {
        if let (keyPath, message) = settings.firstProblem() {
            throw .invalidSettings(keyPath: ConfigDocument.render(keyPath), message: message)
        }
        guard !taxClasses.isEmpty else { throw .noTaxClasses }
        var seen: Set<String> = []
        for taxClass in taxClasses {
            if let problem = TaxClassArgument.codeProblem(taxClass.code) { throw .badTaxClass(taxClass.code, reason: problem) }
            guard (0...TaxRate.scale).contains(taxClass.rate.millionths) else {
                throw .badTaxClass(taxClass.code, reason: TaxClassArgument.rateProblem)
            }
            guard seen.insert(taxClass.code).inserted else { throw .badTaxClass(taxClass.code, reason: "given more than once") }
        }
    }

    /// The highest folder of `path` that does not exist yet: what `initialize` creates and so may remove.
    private static func topmostMissing(_ path: String) -> String? {
        var missing: String?
        var current = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        while !current.isEmpty, current != "/", !isPresent(current) {
            missing = current
            current = (current as NSString).deletingLastPathComponent
        }
        return missing
    }

    /// Removes what a failed `initialize` made: the folders it created, or else only its files. Best
    /// effort, because the error worth showing is the one that stopped `initialize`.
    private static func removeLeftovers(in directory: DataDirectory, createdRoot: String?) {
        if let createdRoot {
            try? FileManager.default.removeItem(atPath: createdRoot)
            return
        }
        AppDatabase.removeDatabaseFiles(at: StoreFile.database.path(in: directory))
    }

    private static func storing<T>(_ body: () throws(StoreError) -> T) throws(StoreSetupError) -> T {
        do { return try body() } catch { throw .store(error) }
    }
}

/// The two files that make a store, in the order `open` checks them.
private enum StoreFile: CaseIterable {
    case settings
    case database

    func url(in directory: DataDirectory) -> URL {
        self == .settings ? directory.settingsURL : directory.databaseURL
    }

    func path(in directory: DataDirectory) -> String {
        url(in: directory).path(percentEncoded: false)
    }

    func exists(in directory: DataDirectory) -> Bool {
        isPresent(path(in: directory))
    }
}

/// Whether anything is at `path`, a dangling symbolic link included, so setup never takes one for
/// free space and later removes it.
private func isPresent(_ path: String) -> Bool {
    (try? FileManager.default.attributesOfItem(atPath: path)) != nil
}
