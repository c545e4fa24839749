import GRDB

extension AppDatabase {
    /// The settings of the writer connection, the one that commits sales.
    public func durabilitySettings() throws(StoreError) -> DurabilitySettings {
        do {
            return try writer.writeWithoutTransaction { db in
                DurabilitySettings(
                    journalMode: try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
                    synchronous: try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1,
                    foreignKeys: try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false,
                    busyTimeoutMilliseconds: try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0)
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// The names of the migrations this file has run, oldest first.
    public func appliedMigrations() throws(StoreError) -> [String] {
        do {
            return try writer.read { try Self.migrator.appliedMigrations($0) }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// A value from `store_meta`, such as `schema_created_at`.
    public func metaValue(forKey key: String) throws(StoreError) -> String? {
        do {
            return try writer.read { db in
                try String.fetchOne(db, sql: "SELECT value FROM store_meta WHERE key = ?", arguments: [key])
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
