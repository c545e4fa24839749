import GRDB

extension SQLiteHubStorage {
    /// Transfers as the hub relays them between the stores' feeds: one row per transfer, keyed by
    /// the sending store, with the notice as last relayed and who received it, so a transfer is
    /// received once only, and only by the store it was sent to.
    static func createTransfers(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE stock_transfer (
                store_id TEXT NOT NULL,
                transfer_id TEXT NOT NULL,
                to_store TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('in-transit', 'received')),
                notice TEXT NOT NULL,
                received_by TEXT,
                PRIMARY KEY (store_id, transfer_id)
            );
            """)
    }
}
