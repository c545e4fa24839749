public import Foundation
import GRDB

/// The hub's storage in one SQLite file: the default backend, for a shop or a few stores on one
/// machine. GRDB's `DatabasePool` in WAL mode with `synchronous=FULL`, so an acknowledged push
/// survives a power cut, and `BEGIN IMMEDIATE` writes that serialize pushes the way PostgreSQL's
/// `SELECT … FOR UPDATE` on the terminal row would.
public final class SQLiteHubStorage: HubStorage {
    /// How long a write waits for another connection's lock before the hub answers 503.
    public static let busyTimeout: TimeInterval = 5

    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and runs pending migrations.
    public init(path: String) throws(HubError) {
        self.path = path
        do {
            var config = Configuration()
            config.foreignKeysEnabled = true
            config.busyMode = .timeout(Self.busyTimeout)
            let pool = try DatabasePool(path: path, configuration: config)
            // The pool sets synchronous=NORMAL as it switches to WAL; FULL is set once it is open.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try Self.migrator.migrate(pool)
            self.pool = pool
        } catch {
            throw HubError.from(error, path: path)
        }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction; any error rolls it back whole.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws(HubError) -> T {
        do {
            return try await pool.write(body)
        } catch {
            throw HubError.from(error, path: path)
        }
    }

    /// Runs `body` on a snapshot, concurrently with writes.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws(HubError) -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw HubError.from(error, path: path)
        }
    }
}
