import ArgumentParser
import TillHub

/// `till-hub`: the sync hub that terminals push sales to and pull the catalog from.
@main
struct TillHubCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "till-hub",
        abstract: "The Till sync hub.",
        subcommands: [Serve.self])

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Serve the hub over HTTP (GET /v1/health so far).")

        @Option(help: "The hub's SQLite database.") var db = HubConfiguration().databasePath
        @Option(help: "Address to listen on.") var host = HubConfiguration().host
        @Option(help: "TCP port.") var port = HubConfiguration().port

        func run() async throws {
            try await runHub(HubConfiguration(host: host, port: port, databasePath: db))
        }
    }
}
