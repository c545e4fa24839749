import GRDB

/// Locations, receipts, adjustments, transfers, count sessions and reorder levels.
///
/// Levels are never stored here: every change of stock is a `stock_movement` row (its reasons
/// already cover receipts, adjustments, transfers and counts) naming the document that caused it
/// and the outbox event that carries it to the hub. That event link is what lets a terminal add its
/// own movements the hub has not acknowledged to the levels the hub sums (see `stockLevels`).
/// Transfers sent or received on another terminal arrive through the hub's feed, without this
/// terminal's event ids.
///
/// Existing sale and refund movements are linked to their events here, through the ids in the
/// events' payloads; a movement no event carried (none should exist) is marked 0, so only this
/// terminal's own levels count it.
enum InventorySchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE location (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 32),
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                created_at TEXT NOT NULL
            ) STRICT;
            INSERT INTO location (id, name, created_at) VALUES ('floor', 'Shop floor', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
            INSERT OR IGNORE INTO location (id, name, created_at)
                SELECT DISTINCT location_id, location_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM stock_movement;

            ALTER TABLE stock_movement ADD COLUMN outbox_seq INTEGER;
            ALTER TABLE stock_movement ADD COLUMN document_id TEXT;
            UPDATE stock_movement SET outbox_seq = e.seq
                FROM (SELECT seq, json_extract(payload, '$.order.id') AS sale_id FROM outbox WHERE kind = 'sale') AS e
                WHERE stock_movement.sale_id = e.sale_id;
            UPDATE stock_movement SET outbox_seq = e.seq
                FROM (SELECT seq, json_extract(payload, '$.refundID') AS refund_id FROM outbox WHERE kind = 'refund') AS e
                WHERE stock_movement.refund_id = e.refund_id;
            UPDATE stock_movement SET outbox_seq = 0 WHERE outbox_seq IS NULL;
            CREATE INDEX stock_movement_by_event ON stock_movement(outbox_seq);

            INSERT INTO counter (name, value) VALUES ('transfer', 0), ('count', 0);

            CREATE TABLE product_cost (
                product_id TEXT PRIMARY KEY NOT NULL,
                unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
                received_at TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE stock_receipt (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                location_id TEXT NOT NULL REFERENCES location(id),
                supplier TEXT CHECK (supplier IS NULL OR length(trim(supplier)) > 0),
                reference TEXT CHECK (reference IS NULL OR length(trim(reference)) > 0),
                staff_id TEXT,
                terminal_id TEXT NOT NULL,
                received_at TEXT NOT NULL,
                event_id TEXT NOT NULL UNIQUE
            ) STRICT;
            CREATE UNIQUE INDEX stock_receipt_by_reference ON stock_receipt(coalesce(supplier, ''), reference) WHERE reference IS NOT NULL;

            CREATE TABLE stock_receipt_line (
                receipt_id TEXT NOT NULL REFERENCES stock_receipt(id),
                position INTEGER NOT NULL CHECK (position >= 0),
                product_id TEXT NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                unit_cost INTEGER CHECK (unit_cost IS NULL OR unit_cost >= 0),
                PRIMARY KEY (receipt_id, position)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE stock_adjustment (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                location_id TEXT NOT NULL REFERENCES location(id),
                product_id TEXT NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity <> 0),
                reason TEXT NOT NULL CHECK (reason IN ('damage', 'theft', 'expired', 'own-use', 'return-to-supplier', 'found',
                                                       'count-correction', 'other')),
                note TEXT,
                staff_id TEXT,
                approved_by TEXT,
                terminal_id TEXT NOT NULL,
                adjusted_at TEXT NOT NULL,
                event_id TEXT NOT NULL UNIQUE,
                CHECK (reason NOT IN ('damage', 'theft', 'expired', 'own-use', 'return-to-supplier') OR quantity < 0),
                CHECK (reason <> 'found' OR quantity > 0)
            ) STRICT;

            CREATE TABLE stock_transfer (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                number TEXT NOT NULL UNIQUE CHECK (length(number) > 0),
                from_store TEXT,
                from_location TEXT NOT NULL,
                to_store TEXT,
                to_location TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('in-transit', 'received')),
                note TEXT,
                sent_at TEXT NOT NULL,
                sent_by TEXT,
                received_at TEXT,
                received_by TEXT,
                sent_event_id TEXT UNIQUE,
                received_event_id TEXT UNIQUE,
                CHECK ((status = 'received') = (received_at IS NOT NULL)),
                CHECK (from_store IS NOT NULL OR to_store IS NOT NULL OR from_location <> to_location)
            ) STRICT;
            CREATE INDEX stock_transfer_in_transit ON stock_transfer(status) WHERE status = 'in-transit';

            CREATE TABLE stock_transfer_line (
                transfer_id TEXT NOT NULL REFERENCES stock_transfer(id),
                position INTEGER NOT NULL CHECK (position >= 0),
                product_id TEXT NOT NULL,
                label TEXT NOT NULL,
                sent INTEGER NOT NULL CHECK (sent > 0),
                received INTEGER CHECK (received IS NULL OR received >= 0),
                PRIMARY KEY (transfer_id, position),
                UNIQUE (transfer_id, product_id)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE count_session (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                number INTEGER NOT NULL UNIQUE CHECK (number > 0),
                location_id TEXT NOT NULL REFERENCES location(id),
                scope TEXT NOT NULL CHECK (scope IN ('full', 'partial')),
                status TEXT NOT NULL CHECK (status IN ('open', 'posted', 'cancelled')),
                started_at TEXT NOT NULL,
                started_by TEXT,
                closed_at TEXT,
                closed_by TEXT,
                event_id TEXT UNIQUE,
                CHECK ((status = 'open') = (closed_at IS NULL)),
                CHECK ((status = 'posted') = (event_id IS NOT NULL))
            ) STRICT;
            CREATE UNIQUE INDEX count_session_open ON count_session(location_id) WHERE status = 'open';

            CREATE TABLE count_line (
                session_id TEXT NOT NULL REFERENCES count_session(id),
                product_id TEXT NOT NULL,
                expected INTEGER NOT NULL,
                unit_cost INTEGER CHECK (unit_cost IS NULL OR unit_cost >= 0),
                counted INTEGER CHECK (counted IS NULL OR counted >= 0),
                counted_at TEXT,
                PRIMARY KEY (session_id, product_id)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE reorder_level (
                product_id TEXT NOT NULL,
                location_id TEXT NOT NULL REFERENCES location(id),
                point INTEGER NOT NULL CHECK (point >= 0),
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                PRIMARY KEY (product_id, location_id)
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
