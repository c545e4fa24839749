import ArgumentParser
import Foundation
import TillApp
import TillStore

/// `till demo`: opens the demo café and grocery, in training mode, in its own data directory.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the demo store (training mode) in its own data directory.",
        discussion: "Without --data-dir the demo lives in demo/ inside the default data directory. Log in with a staff number "
            + "and PIN shown on the screen; ring up items on the command line (see the README); quit with Ctrl-Q.")

    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The demo store's folder (default: demo/ in the default data directory).",
                                                              valueName: "DIR"))
    var dataDir: String?
    @Option(help: "Theme name from themes/ (default, high-contrast, mono, amber).") var theme: String?
    @Flag(help: "Build the demo store and exit, without opening the screen.") var seedOnly = false

    func run() throws {
        let directory = try location()
        try DemoStore.seed(directory)
        guard !seedOnly else { return }
        try AppRunner.run(directory: directory, theme: theme, loginHint: DemoStaff.loginHint)
    }

    /// `--data-dir` itself, else `demo/` inside the data directory Till would use.
    private func location() throws -> DataDirectory {
        if let dataDir { return DataDirectory(url: URL(fileURLWithPath: dataDir)) }
        do {
            let base = try DataDirectory.resolve(explicit: nil, environment: ProcessInfo.processInfo.environment)
            return DataDirectory(url: base.url.appending(path: "demo", directoryHint: .isDirectory))
        } catch {
            throw ValidationError(error.description)
        }
    }
}
