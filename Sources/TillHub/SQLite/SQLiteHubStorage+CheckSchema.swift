import GRDB

extension SQLiteHubStorage {
    /// Restaurant checks as the store's lanes saved them: the latest revision the hub took of each,
    /// closed ones kept so a late save over a paid check is refused rather than reopening it.
    static func createChecks(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE restaurant_check (
                store_id TEXT NOT NULL,
                check_id TEXT NOT NULL,
                revision TEXT NOT NULL,
                closed INTEGER NOT NULL CHECK (closed IN (0, 1)),
                terminal_id TEXT NOT NULL,
                save TEXT NOT NULL,
                PRIMARY KEY (store_id, check_id)
            );
            """)
    }
}
