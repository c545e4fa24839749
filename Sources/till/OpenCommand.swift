import ArgumentParser
import TillApp

/// `till` (or `till open`): the point of sale on the store in the data directory.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the point of sale on the store in the data directory (what plain `till` does).")

    @OptionGroup var location: DataDirOption
    @Option(help: "Theme name from themes/, instead of the one in till.toml.") var theme: String?

    func run() throws {
        try AppRunner.run(directory: try location.directory(), theme: theme)
    }
}
