/// Where the hub listens and keeps its data, gathered in one value so `till-hub` only parses
/// arguments and tests can build the same application in-process.
public struct HubConfiguration: Sendable, Equatable {
    /// The address to bind; loopback by default so a fresh hub is not exposed by accident.
    public var host: String
    /// The TCP port to listen on.
    public var port: Int
    /// The hub's SQLite database file (opened by the sync issue's storage backend).
    public var databasePath: String

    public init(host: String = "127.0.0.1", port: Int = 8480, databasePath: String = "till-hub.sqlite") {
        self.host = host
        self.port = port
        self.databasePath = databasePath
    }
}
