import ArgumentParser
import TillHub

/// `till-hub serve`: answers terminals over HTTP until SIGINT or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the hub over HTTP: pairing, push and pull under /v1.")

    @OptionGroup var database: DatabaseOption
    @Option(help: "Address to listen on.") var host = HubConfiguration().host
    @Option(help: "TCP port.") var port = HubConfiguration().port
    @Option(help: ArgumentHelp("Serve HTTPS with this PEM certificate (chain); needs --key.", valueName: "FILE")) var cert: String?
    @Option(help: ArgumentHelp("The PEM private key of --cert.", valueName: "FILE")) var key: String?

    func validate() throws {
        if (cert == nil) != (key == nil) { throw ValidationError("give --cert and --key together, or neither") }
    }

    func run() async throws {
        var config = database.configuration
        config.host = host
        config.port = port
        if let cert, let key { config.tls = HubTLS(certificatePath: cert, keyPath: key) }
        try await runHub(config)
    }
}
