import ArgumentParser
import Foundation
import TillStore

/// `--data-dir DIR`, shared by every subcommand that touches the store, so they all find it the same way.
struct DataDirOption: ParsableArguments {
    @Option(name: .customLong("data-dir"),
            help: ArgumentHelp("The folder holding till.sqlite and till.toml "
                               + "(default: $TILL_DATA_DIR, else $XDG_DATA_HOME/till, else ~/.local/share/till).",
                               valueName: "DIR"))
    var dataDir: String?

    /// The directory by the precedence `DataDirectory.resolve` states, read from this process's environment.
    func directory() throws -> DataDirectory {
        do {
            return try DataDirectory.resolve(explicit: dataDir, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
