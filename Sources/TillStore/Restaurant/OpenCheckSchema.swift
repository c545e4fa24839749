import GRDB

/// Open checks (v16): each restaurant table's tab as its latest document, with a version that every
/// save must name, so two lanes changing one check cannot overwrite each other unseen.
enum OpenCheckSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE open_check (
                id TEXT PRIMARY KEY NOT NULL,
                table_name TEXT NOT NULL,
                server_id TEXT NOT NULL,
                covers INTEGER NOT NULL CHECK (covers BETWEEN 1 AND 99),
                order_type TEXT NOT NULL,
                opened_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                terminal_id TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version > 0),
                document TEXT NOT NULL
            ) STRICT;
            CREATE INDEX open_check_by_table ON open_check(table_name, opened_at);
            """)
    }

    /// Shared checks (v17): each check's revision as the hub knows it (nil until the hub has one),
    /// the checks whose change the hub refused, waiting for its revision to rebase on (the first
    /// line the refused changes may have added, and the last refused event), and when each table
    /// was last paid, for the floor to show it paid until it is cleared.
    static func share(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE open_check ADD COLUMN revision TEXT;
            CREATE TABLE check_rebase (
                check_id TEXT PRIMARY KEY NOT NULL,
                first_new_line INTEGER NOT NULL,
                outbox_seq INTEGER NOT NULL
            ) STRICT;
            CREATE TABLE paid_table (
                table_name TEXT PRIMARY KEY NOT NULL,
                paid_at TEXT NOT NULL
            ) STRICT;
            """)
    }
}
