public import Foundation
import GRDB

/// The terminal's one SQLite database, opened once per process so every write goes through a single
/// serialized writer connection with the durability settings a sale needs.
///
/// GRDB's `AppDatabase` pattern: a `DatabasePool` (WAL: the UI reads while sync writes), migrated
/// on open. GRDB stays an implementation detail; callers see `StoreError` and plain values.
public final class AppDatabase: Sendable {
    /// How long a write waits for another connection's lock before failing with `databaseLocked`.
    public static let busyTimeout: TimeInterval = 5

    /// The database file.
    public let path: String

    /// The pool; `DatabasePool.write` opens `BEGIN IMMEDIATE` transactions, so a write never
    /// upgrades a read lock, which would fail with SQLITE_BUSY without waiting for the busy timeout.
    let writer: DatabasePool

    /// Opens (creating if needed) the database at `path` and runs pending migrations.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            let pool = try DatabasePool(path: path, configuration: Self.configuration)
            // DatabasePool switches the writer to WAL with synchronous=NORMAL as it opens (after any
            // prepareDatabase hook), so FULL is set here, once the pool is open.
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try Self.migrator.migrate(pool)
            writer = pool
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Creates the data directory if needed and opens its `till.sqlite`.
    public convenience init(directory: DataDirectory) throws(StoreError) {
        try directory.create()
        try self.init(path: directory.databaseURL.path(percentEncoded: false))
    }

    /// A fresh, migrated database in a new temporary directory, for tests: a pool needs a real file,
    /// and a real file exercises the same WAL and locking code as a terminal.
    public static func makeTemporary() throws(StoreError) -> AppDatabase {
        let folder = FileManager.default.temporaryDirectory
            .appending(path: "till-\(UUID().uuidString)", directoryHint: .isDirectory)
        return try AppDatabase(directory: DataDirectory(url: folder))
    }

    /// Removes a database file and its journal files, if there are any (best effort).
    public static func removeDatabaseFiles(at path: String) {
        for file in [path, path + "-wal", path + "-shm", path + "-journal"] {
            try? FileManager.default.removeItem(atPath: file)
        }
    }

    private static var configuration: Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        // Statement journals stay in memory: a big catalog import otherwise spills them to temp files
        // and spends most of its time in pwrite (measured: 15 writes a row with FTS5 upserts).
        config.prepareDatabase { try $0.execute(sql: "PRAGMA temp_store = MEMORY") }
        return config
    }
}
