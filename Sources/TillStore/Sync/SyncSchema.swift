import GRDB

/// What the terminal keeps of its hub: the pairing and both cursors, each outbox event's clock
/// reading and any rejection, and the levels the hub sums from every lane (stock, loyalty points).
///
/// Events stored before this migration get the clock reading of the time they were written; they
/// are older than anything the terminal writes from now on, so the order holds.
enum SyncSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE outbox ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE outbox ADD COLUMN rejected_reason TEXT;
            UPDATE outbox SET hlc = (CAST(round((julianday(created_at) - 2440587.5) * 86400000) AS INTEGER) << 16) + (seq & 65535);
            CREATE INDEX outbox_unacknowledged ON outbox(seq) WHERE acknowledged_at IS NULL;
            INSERT INTO counter (name, value) VALUES ('hlc', coalesce((SELECT max(hlc) FROM outbox), 0));

            CREATE TABLE sync_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                hub_url TEXT NOT NULL CHECK (length(hub_url) > 0),
                store_id TEXT NOT NULL CHECK (length(store_id) > 0),
                token TEXT NOT NULL CHECK (length(token) > 0),
                paired_at TEXT NOT NULL,
                pushed_through INTEGER NOT NULL DEFAULT 0 CHECK (pushed_through >= 0),
                pull_cursor INTEGER NOT NULL DEFAULT 0 CHECK (pull_cursor >= 0),
                last_attempt_at TEXT,
                last_success_at TEXT,
                last_error TEXT
            ) STRICT;

            CREATE TABLE stock_level (
                product_id TEXT NOT NULL,
                location_id TEXT NOT NULL,
                quantity INTEGER NOT NULL,
                PRIMARY KEY (product_id, location_id)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE loyalty_balance (
                customer_id TEXT PRIMARY KEY NOT NULL,
                points INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
