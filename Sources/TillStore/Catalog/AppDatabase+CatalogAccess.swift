import GRDB

extension AppDatabase {
    /// `read` for catalog queries: a product that no longer decodes comes out as `invalidData`.
    func catalogRead<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw catalogError(error)
        }
    }

    /// `bulkWrite` for catalog changes, with the same error mapping as `catalogRead`.
    func catalogWrite<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try bulkWrite(body)
        } catch {
            throw catalogError(error)
        }
    }

    func catalogError(_ error: any Error) -> StoreError {
        if let unreadable = error as? UnreadableProduct {
            return .invalidData(path: path, reason: unreadable.reason)
        }
        return StoreError.from(error, path: path)
    }
}

extension AppDatabase {
    /// `writer.write` for changes to many products: statement journals stay in memory meanwhile.
    ///
    /// Every FTS5 insert and upsert in a transaction keeps a statement journal. Once one outgrows
    /// 64 kB (an FTS5 segment flush does), SQLite moves it to a temp file for the rest of the
    /// transaction, and a big import then spends most of its time in `pwrite` (measured: 15 writes
    /// per row). `temp_store = MEMORY` must be set outside the transaction; the old value is restored.
    func bulkWrite<T>(_ body: (Database) throws -> T) throws -> T {
        let previous = try writer.writeWithoutTransaction { db in
            let value = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            return value
        }
        defer { _ = try? writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA temp_store = \(previous)") } }
        return try writer.write(body)
    }
}
