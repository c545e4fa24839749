import GRDB

extension SQLiteHubStorage {
    /// The schema's history: append-only, because hubs in the field have already run every
    /// migration that shipped. Every key starts with `store_id`, the column a Citus cluster would
    /// distribute by (sync.md 2.3).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-hub", migrate: createSchema)
        migrator.registerMigration("v2-vouchers", migrate: createVoucherLedger)
        migrator.registerMigration("v3-transfers", migrate: createTransfers)
        migrator.registerMigration("v4-checks", migrate: createChecks)
        return migrator
    }

    private static func createSchema(_ db: Database) throws {
        try db.execute(sql: """
            -- A store exists from its first pairing, which sets how it prices. feed_position is the
            -- last change id handed out: taking ids from this row inside the writing transaction
            -- serializes writers per store, so change ids are in commit order (sync.md 2.5 b).
            CREATE TABLE store (
                store_id TEXT PRIMARY KEY NOT NULL,
                currency TEXT NOT NULL,
                tax_classes TEXT NOT NULL,
                feed_position INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            );

            -- One live code per terminal; a used code is kept so pairing can say it was used.
            CREATE TABLE pairing_code (
                store_id TEXT NOT NULL,
                terminal_id TEXT NOT NULL,
                code_hash TEXT NOT NULL UNIQUE,
                expires_at TEXT NOT NULL,
                used_at TEXT,
                PRIMARY KEY (store_id, terminal_id)
            );

            -- Each pairing of a terminal id is a new epoch whose sequence starts again at 1.
            CREATE TABLE terminal (
                store_id TEXT NOT NULL REFERENCES store (store_id),
                terminal_id TEXT NOT NULL,
                epoch INTEGER NOT NULL,
                token_hash TEXT NOT NULL UNIQUE,
                paired_at TEXT NOT NULL,
                revoked_at TEXT,
                last_seq INTEGER NOT NULL DEFAULT 0,
                last_seen_at TEXT,
                clock_skew_ms INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (store_id, terminal_id, epoch)
            );

            -- Every event a terminal sent past its cursor, applied or not, kept byte for byte. An
            -- event id is applied once per store: a second arrival (a reinstalled terminal sending
            -- its history again) is logged as a duplicate and applies nothing.
            CREATE TABLE event_log (
                store_id TEXT NOT NULL,
                terminal_id TEXT NOT NULL,
                epoch INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                event_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                created_at TEXT NOT NULL,
                hlc INTEGER NOT NULL,
                payload TEXT NOT NULL,
                received_at TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('applied', 'rejected', 'duplicate')),
                reason TEXT,
                PRIMARY KEY (store_id, terminal_id, epoch, seq)
            );
            CREATE UNIQUE INDEX event_log_event_once ON event_log (store_id, event_id) WHERE status <> 'duplicate';
            CREATE INDEX event_log_by_status ON event_log (store_id, status);

            CREATE TABLE stock_level (
                store_id TEXT NOT NULL,
                product_id TEXT NOT NULL,
                location_id TEXT NOT NULL,
                quantity INTEGER NOT NULL,
                PRIMARY KEY (store_id, product_id, location_id)
            );

            -- A level an event took below zero; sales are never refused for stock (sync.md 2.7).
            CREATE TABLE stock_exception (
                store_id TEXT NOT NULL,
                event_id TEXT NOT NULL,
                product_id TEXT NOT NULL,
                location_id TEXT NOT NULL,
                quantity INTEGER NOT NULL,
                at TEXT NOT NULL,
                PRIMARY KEY (store_id, event_id, product_id, location_id)
            );

            CREATE TABLE loyalty_balance (
                store_id TEXT NOT NULL,
                customer_id TEXT NOT NULL,
                points INTEGER NOT NULL,
                PRIMARY KEY (store_id, customer_id)
            );

            -- The merged profile and, per field, the stamp of the edit that set it.
            CREATE TABLE customer (
                store_id TEXT NOT NULL,
                customer_id TEXT NOT NULL,
                record TEXT NOT NULL,
                field_hlc TEXT NOT NULL,
                PRIMARY KEY (store_id, customer_id)
            );

            CREATE TABLE catalog_record (
                store_id TEXT NOT NULL,
                entity TEXT NOT NULL CHECK (entity IN ('category', 'product')),
                key TEXT NOT NULL,
                data TEXT NOT NULL,
                PRIMARY KEY (store_id, entity, key)
            );

            CREATE TABLE change_log (
                store_id TEXT NOT NULL,
                change_id INTEGER NOT NULL,
                entity TEXT NOT NULL,
                key TEXT NOT NULL,
                data TEXT NOT NULL,
                PRIMARY KEY (store_id, change_id)
            );
            """)
    }
}
