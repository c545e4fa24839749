import GRDB

extension SQLiteHubStorage {
    /// Vouchers and gift cards as a ledger summed per store, the redemptions that took one below zero
    /// (lanes redeeming offline, each within its allowance), and points earned in all for tiers.
    static func createVoucherLedger(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE voucher_balance (
                store_id TEXT NOT NULL,
                code TEXT NOT NULL,
                balance INTEGER NOT NULL,
                expires_on TEXT,
                PRIMARY KEY (store_id, code)
            );

            -- A balance an offline redemption took below zero: what the offline allowance bounds.
            CREATE TABLE voucher_exception (
                store_id TEXT NOT NULL,
                event_id TEXT NOT NULL,
                code TEXT NOT NULL,
                balance INTEGER NOT NULL,
                at TEXT NOT NULL,
                PRIMARY KEY (store_id, event_id, code)
            );

            -- Before tiers every loyalty delta was points earned.
            ALTER TABLE loyalty_balance ADD COLUMN earned INTEGER NOT NULL DEFAULT 0;
            UPDATE loyalty_balance SET earned = points;
            """)
    }
}
