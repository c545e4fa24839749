import GRDB

/// The sales side: gapless counters, completed sales with their lines, taxes and tenders, stock and
/// loyalty movements, the outbox, the open cart, parked sales and the print queue.
///
/// A sale and all its side rows are written in one transaction (see `SaleCommit`); the CHECKs state
/// what must hold of every stored sale, so SQLite refuses a sale that does not add up.
enum SalesSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE counter (
                name TEXT PRIMARY KEY NOT NULL,
                value INTEGER NOT NULL CHECK (value >= 0)
            ) STRICT;
            INSERT INTO counter (name, value) VALUES ('receipt', 0), ('receipt.training', 0), ('outbox', 0);

            CREATE TABLE sale (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                terminal_id TEXT NOT NULL,
                receipt_number INTEGER NOT NULL CHECK (receipt_number > 0),
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                completed_at TEXT NOT NULL,
                business_day TEXT NOT NULL,
                staff_id TEXT NOT NULL,
                shift_id TEXT,
                customer_id TEXT,
                currency TEXT NOT NULL,
                item_count INTEGER NOT NULL,
                subtotal INTEGER NOT NULL,
                discount_total INTEGER NOT NULL,
                tax_total INTEGER NOT NULL,
                total INTEGER NOT NULL,
                rounding INTEGER NOT NULL,
                paid INTEGER NOT NULL,
                change INTEGER NOT NULL CHECK (change >= 0),
                document TEXT NOT NULL CHECK (json_valid(document)),
                CHECK (paid - change = total + rounding),
                CHECK (total >= 0),
                UNIQUE (terminal_id, training, receipt_number)
            ) STRICT;
            CREATE INDEX sale_by_day ON sale(business_day, training);

            CREATE TABLE sale_line (
                sale_id TEXT NOT NULL REFERENCES sale(id),
                line_id INTEGER NOT NULL CHECK (line_id > 0),
                product_id TEXT NOT NULL,
                sku TEXT NOT NULL,
                name TEXT NOT NULL,
                category_id TEXT,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                unit_price INTEGER NOT NULL,
                gross INTEGER NOT NULL,
                discount INTEGER NOT NULL CHECK (discount >= 0),
                net INTEGER NOT NULL,
                tax INTEGER NOT NULL,
                total INTEGER NOT NULL,
                voided INTEGER NOT NULL CHECK (voided IN (0, 1)),
                CHECK (voided = 0 OR (gross = 0 AND net = 0 AND total = 0)),
                PRIMARY KEY (sale_id, line_id)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE sale_tax (
                sale_id TEXT NOT NULL REFERENCES sale(id),
                tax_code TEXT NOT NULL,
                rate_millionths INTEGER NOT NULL,
                base INTEGER NOT NULL,
                tax INTEGER NOT NULL,
                PRIMARY KEY (sale_id, tax_code)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE sale_tender (
                sale_id TEXT NOT NULL REFERENCES sale(id),
                position INTEGER NOT NULL CHECK (position >= 0),
                kind TEXT NOT NULL,
                amount INTEGER NOT NULL,
                reference TEXT,
                PRIMARY KEY (sale_id, position)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE stock_movement (
                id INTEGER PRIMARY KEY,
                event_id TEXT NOT NULL UNIQUE,
                product_id TEXT NOT NULL,
                location_id TEXT NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity <> 0),
                reason TEXT NOT NULL CHECK (reason IN ('sale', 'refund', 'receipt', 'adjustment', 'transfer-out', 'transfer-in', 'count')),
                sale_id TEXT REFERENCES sale(id),
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX stock_by_product ON stock_movement(product_id, location_id);

            CREATE TABLE loyalty_movement (
                id INTEGER PRIMARY KEY,
                event_id TEXT NOT NULL UNIQUE,
                customer_id TEXT NOT NULL,
                points INTEGER NOT NULL CHECK (points <> 0),
                reason TEXT NOT NULL,
                sale_id TEXT REFERENCES sale(id),
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX loyalty_by_customer ON loyalty_movement(customer_id);

            CREATE TABLE outbox (
                seq INTEGER PRIMARY KEY CHECK (seq > 0),
                id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL CHECK (json_valid(payload)),
                created_at TEXT NOT NULL,
                acknowledged_at TEXT
            ) STRICT;

            CREATE TABLE open_cart (
                terminal_id TEXT PRIMARY KEY NOT NULL,
                cart TEXT NOT NULL CHECK (json_valid(cart)),
                updated_at TEXT NOT NULL
            ) STRICT;

            CREATE TABLE suspended_sale (
                id TEXT PRIMARY KEY NOT NULL,
                label TEXT NOT NULL,
                cart TEXT NOT NULL CHECK (json_valid(cart)),
                staff_id TEXT NOT NULL,
                suspended_at TEXT NOT NULL
            ) STRICT;

            CREATE TABLE print_job (
                id INTEGER PRIMARY KEY,
                sale_id TEXT REFERENCES sale(id),
                printer TEXT NOT NULL,
                kind TEXT NOT NULL,
                document TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'printed', 'failed')),
                attempts INTEGER NOT NULL CHECK (attempts >= 0),
                next_attempt_at TEXT,
                last_error TEXT,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX print_job_pending ON print_job(status, next_attempt_at);
            """)
    }
}
