import GRDB

/// Money given back: refunds with their lines, taxes and tenders, numbered per terminal like receipts.
///
/// A refund and all its side rows are written in one transaction (see `commit(_:context:)` for
/// refunds); the CHECKs state what must hold of every stored refund, so SQLite refuses one that
/// does not add up. `original_sale_id` is NULL for a return without a receipt. Stock coming back to
/// the shelf names its refund in the new `stock_movement.refund_id`; only a movement of reason
/// 'refund' may.
enum RefundSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO counter (name, value) VALUES ('refund', 0), ('refund.training', 0);

            CREATE TABLE refund (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                terminal_id TEXT NOT NULL,
                refund_number INTEGER NOT NULL CHECK (refund_number > 0),
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                original_sale_id TEXT REFERENCES sale(id),
                completed_at TEXT NOT NULL,
                business_day TEXT NOT NULL,
                staff_id TEXT NOT NULL,
                shift_id TEXT,
                approved_by TEXT CHECK (approved_by IS NULL OR approved_by <> staff_id),
                reason TEXT CHECK (reason IS NULL OR length(trim(reason)) > 0),
                currency TEXT NOT NULL,
                total INTEGER NOT NULL CHECK (total > 0),
                tax_total INTEGER NOT NULL CHECK (tax_total >= 0),
                rounding INTEGER NOT NULL,
                paid_back INTEGER NOT NULL,
                document TEXT NOT NULL CHECK (json_valid(document)),
                CHECK (paid_back = total + rounding),
                UNIQUE (terminal_id, training, refund_number)
            ) STRICT;
            CREATE INDEX refund_by_day ON refund(business_day, training);
            CREATE INDEX refund_by_sale ON refund(original_sale_id);
            CREATE INDEX refund_by_shift ON refund(shift_id);

            CREATE TABLE refund_line (
                refund_id TEXT NOT NULL REFERENCES refund(id),
                position INTEGER NOT NULL CHECK (position >= 0),
                original_line_id INTEGER CHECK (original_line_id IS NULL OR original_line_id > 0),
                product_id TEXT NOT NULL,
                name TEXT NOT NULL,
                category_id TEXT,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                amount INTEGER NOT NULL CHECK (amount >= 0),
                tax INTEGER NOT NULL CHECK (tax >= 0),
                PRIMARY KEY (refund_id, position)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE refund_tax (
                refund_id TEXT NOT NULL REFERENCES refund(id),
                tax_code TEXT NOT NULL,
                rate_millionths INTEGER NOT NULL,
                base INTEGER NOT NULL,
                tax INTEGER NOT NULL,
                PRIMARY KEY (refund_id, tax_code)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE refund_tender (
                refund_id TEXT NOT NULL REFERENCES refund(id),
                position INTEGER NOT NULL CHECK (position >= 0),
                kind TEXT NOT NULL,
                amount INTEGER NOT NULL CHECK (amount > 0),
                reference TEXT,
                PRIMARY KEY (refund_id, position)
            ) STRICT, WITHOUT ROWID;

            ALTER TABLE stock_movement ADD COLUMN refund_id TEXT REFERENCES refund(id)
                CHECK (refund_id IS NULL OR reason = 'refund');
            """)
    }
}
