import ArgumentParser
import TillHub

/// `till-hub revoke`: stops a lost or replaced terminal from pushing or pulling.
struct RevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Refuse a terminal's token from now on; pair it again to let it back.")

    @OptionGroup var database: DatabaseOption
    @Option(help: "The store's id.") var store: String
    @Option(help: "The terminal's id.") var terminal: String

    func run() async throws {
        let config = database.configuration
        try await config.openStorage().revoke(store: store, terminal: terminal, now: config.now())
        print("Terminal \(terminal) of store \(store) is revoked.")
    }
}
