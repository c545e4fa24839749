import GRDB

/// The running counters reports read instead of the sales: sums per business day, kept by the sale
/// and refund commits in their own transactions (see `ReportCounters`).
///
/// Every table is keyed by what a report breaks its figures down by, with the training flag in the
/// key, so training is counted apart and the core decides what it may touch. Sales are counted per
/// UTC quarter hour: every time zone in use is a whole number of quarter hours off UTC, so each
/// quarter falls in one local hour, which the report works out on its own calendar. Lines are
/// counted per day and again per month (`month` is the month's first day), so a year's category
/// report reads twelve months of rows, not 365 days of them. A product without a category is
/// counted under '' (catalog category ids are never empty). `shift_cash` holds the cash of each
/// shift's real sales and refunds, which a drawer is rebuilt from (`replayShift`), so neither an X
/// report nor the shift screen reads every sale of the shift. Creating the tables counts every sale
/// and refund already stored, so an older store reports the same figures as before.
enum ReportCounterSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE report_sales (
                business_day TEXT NOT NULL,
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                staff_id TEXT NOT NULL,
                quarter INTEGER NOT NULL,
                currency TEXT NOT NULL,
                sales INTEGER NOT NULL CHECK (sales > 0),
                items INTEGER NOT NULL,
                gross INTEGER NOT NULL,
                discount INTEGER NOT NULL,
                total INTEGER NOT NULL,
                rounding INTEGER NOT NULL,
                change INTEGER NOT NULL CHECK (change >= 0),
                price_overrides INTEGER NOT NULL CHECK (price_overrides >= 0),
                PRIMARY KEY (business_day, training, staff_id, quarter, currency)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE report_items (
                business_day TEXT NOT NULL,
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                product_id TEXT NOT NULL,
                category_id TEXT NOT NULL,
                name TEXT NOT NULL,
                quantity INTEGER NOT NULL,
                net INTEGER NOT NULL,
                PRIMARY KEY (business_day, training, product_id, category_id, name)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE report_items_by_month (
                month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-01'),
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                product_id TEXT NOT NULL,
                category_id TEXT NOT NULL,
                name TEXT NOT NULL,
                quantity INTEGER NOT NULL,
                net INTEGER NOT NULL,
                PRIMARY KEY (month, training, product_id, category_id, name)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE report_refunds (
                business_day TEXT NOT NULL,
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                staff_id TEXT NOT NULL,
                currency TEXT NOT NULL,
                refunds INTEGER NOT NULL CHECK (refunds > 0),
                total INTEGER NOT NULL,
                rounding INTEGER NOT NULL,
                PRIMARY KEY (business_day, training, staff_id, currency)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE report_taxes (
                business_day TEXT NOT NULL,
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                refund INTEGER NOT NULL CHECK (refund IN (0, 1)),
                tax_code TEXT NOT NULL,
                rate_millionths INTEGER NOT NULL,
                base INTEGER NOT NULL,
                tax INTEGER NOT NULL,
                PRIMARY KEY (business_day, training, refund, tax_code, rate_millionths)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE report_tenders (
                business_day TEXT NOT NULL,
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                refund INTEGER NOT NULL CHECK (refund IN (0, 1)),
                kind TEXT NOT NULL,
                payments INTEGER NOT NULL CHECK (payments > 0),
                amount INTEGER NOT NULL,
                PRIMARY KEY (business_day, training, refund, kind)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE report_voids (
                business_day TEXT NOT NULL,
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                staff_id TEXT NOT NULL,
                unit_price INTEGER NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                priced_per INTEGER NOT NULL CHECK (priced_per > 0),
                lines INTEGER NOT NULL CHECK (lines > 0),
                PRIMARY KEY (business_day, training, staff_id, unit_price, quantity, priced_per)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE shift_cash (
                shift_id TEXT PRIMARY KEY NOT NULL,
                tendered INTEGER NOT NULL CHECK (tendered >= 0),
                change INTEGER NOT NULL CHECK (change >= 0),
                refunded INTEGER NOT NULL CHECK (refunded >= 0)
            ) STRICT, WITHOUT ROWID;
            """)
        try ReportCounters.backfill(db)
    }

    /// Value loaded onto gift cards by the sales of `report_sales`' row of the same key, and tips by
    /// server; a row only where there was some (v15: sales stored before had neither).
    static func createGiftCardsAndTips(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE report_gift_cards (
                business_day TEXT NOT NULL,
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                staff_id TEXT NOT NULL,
                quarter INTEGER NOT NULL,
                currency TEXT NOT NULL,
                cards INTEGER NOT NULL CHECK (cards > 0),
                value INTEGER NOT NULL,
                PRIMARY KEY (business_day, training, staff_id, quarter, currency)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE report_tips (
                business_day TEXT NOT NULL,
                training INTEGER NOT NULL CHECK (training IN (0, 1)),
                server_id TEXT NOT NULL,
                tips INTEGER NOT NULL CHECK (tips > 0),
                value INTEGER NOT NULL,
                PRIMARY KEY (business_day, training, server_id)
            ) STRICT, WITHOUT ROWID;
            """)
    }
}
