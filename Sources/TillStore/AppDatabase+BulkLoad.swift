import GRDB

extension AppDatabase {
    /// Stops syncing every commit to disk, for filling a store nobody uses yet (the demo store, built in
    /// a staging folder that is thrown away if anything fails); `endBulkLoad()` turns syncing back on.
    ///
    /// Thousands of small commits then cost what their writes cost, not an `fsync` each.
    public func beginBulkLoad() throws(StoreError) {
        try onWriter("PRAGMA synchronous = OFF")
    }

    /// Makes everything written since `beginBulkLoad()` durable: `synchronous=FULL` again, and the WAL
    /// checkpointed into the database file, which that checkpoint syncs.
    public func endBulkLoad() throws(StoreError) {
        try onWriter("PRAGMA synchronous = FULL")
        try onWriter("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    private func onWriter(_ sql: String) throws(StoreError) {
        do {
            try writer.writeWithoutTransaction { try $0.execute(sql: sql) }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
