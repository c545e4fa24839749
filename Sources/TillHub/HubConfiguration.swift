public import Foundation

/// Where the hub listens, where it keeps its data and what time it is, gathered in one value so
/// `till-hub` only parses arguments and tests build the same application in-process.
public struct HubConfiguration: Sendable {
    /// The address to bind; loopback by default so a fresh hub is not exposed by accident.
    public var host: String
    /// The TCP port to listen on.
    public var port: Int
    /// The certificate and key to serve HTTPS with; nil serves plain HTTP.
    public var tls: HubTLS?
    /// The hub's SQLite database file, opened when no `storage` is given.
    public var databasePath: String
    /// Storage already open: a test's database, or another backend. Nil opens `databasePath`.
    public var storage: (any HubStorage)?
    /// How long a pairing code from `issuePairingCode` lives.
    public var pairingCodeLifetime: TimeInterval
    /// The wall clock: pairing expiry, the drift guard and the hub's clock readings all ask it, so
    /// tests move time without sleeping.
    public var now: @Sendable () -> Date

    public init(host: String = "127.0.0.1", port: Int = 8480, tls: HubTLS? = nil, databasePath: String = "till-hub.sqlite",
                storage: (any HubStorage)? = nil, pairingCodeLifetime: TimeInterval = 15 * 60,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.host = host
        self.port = port
        self.tls = tls
        self.databasePath = databasePath
        self.storage = storage
        self.pairingCodeLifetime = pairingCodeLifetime
        self.now = now
    }

    /// The storage to serve from: the one given, or the SQLite file at `databasePath`.
    public func openStorage() throws(HubError) -> any HubStorage {
        if let storage { return storage }
        return try SQLiteHubStorage(path: databasePath)
    }

    /// Issues a one-time code pairing `terminal` with `store`, valid for `pairingCodeLifetime` from now.
    public func issuePairingCode(store: String, terminal: String) async throws(HubError) -> IssuedPairingCode {
        try await openStorage().issuePairingCode(store: store, terminal: terminal,
                                                 expiresAt: now().addingTimeInterval(pairingCodeLifetime))
    }
}
