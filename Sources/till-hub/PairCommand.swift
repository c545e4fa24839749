import ArgumentParser
import Foundation
import TillHub

/// `till-hub pair`: a one-time code the terminal's operator types to pair it with its store.
struct PairCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pair", abstract: "Print a one-time code that pairs a terminal with a store.")

    @OptionGroup var database: DatabaseOption
    @Option(help: "The store's id.") var store: String
    @Option(help: "The terminal's id, as its till.toml names it.") var terminal: String
    @Option(help: "How many minutes the code stays valid.") var minutes = 15

    func validate() throws {
        guard minutes >= 1 else { throw ValidationError("--minutes must be 1 or more") }
    }

    func run() async throws {
        var config = database.configuration
        config.pairingCodeLifetime = TimeInterval(minutes * 60)
        let issued = try await config.issuePairingCode(store: store, terminal: terminal)
        print("Pairing code: \(issued.code)")
        print("For terminal \(terminal) of store \(store); it works once, until "
            + "\(issued.expiresAt.formatted(date: .abbreviated, time: .shortened)) (\(minutes) min).")
    }
}
