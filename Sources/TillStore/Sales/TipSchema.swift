import GRDB

/// Tips added to a card payment after the sale (v18): one per sale, with the server it is for and
/// the terminal's approval of it.
enum TipSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE sale_tip (
                sale_id TEXT PRIMARY KEY NOT NULL REFERENCES sale(id),
                server_id TEXT NOT NULL,
                amount INTEGER NOT NULL CHECK (amount > 0),
                card_reference TEXT NOT NULL,
                terminal_id TEXT NOT NULL,
                added_at TEXT NOT NULL,
                business_day TEXT NOT NULL
            ) STRICT;
            """)
    }
}
