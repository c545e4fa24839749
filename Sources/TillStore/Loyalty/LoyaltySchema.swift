import GRDB

/// Points as a ledger with what they do to the tier, vouchers and gift cards as a ledger, the offline
/// redemptions the allowance counts, the redemptions taken on the open sale, and each sale's points
/// as its receipt prints them.
///
/// A till's figure for a customer or a voucher is the hub's last balance plus this till's movements
/// the hub's balance does not include yet: those whose outbox event comes after `settled_through`,
/// the last event the hub had taken when the till last read the whole feed. So no movement is ever
/// counted twice or lost, whichever lane made it. Movements from before this migration count as the
/// hub's already (no sale earned points then).
enum LoyaltySchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE loyalty_movement ADD COLUMN earned INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE loyalty_movement ADD COLUMN refund_id TEXT REFERENCES refund(id);
            ALTER TABLE loyalty_movement ADD COLUMN event_seq INTEGER NOT NULL DEFAULT 0;
            UPDATE loyalty_movement SET earned = points;
            ALTER TABLE loyalty_balance ADD COLUMN earned INTEGER NOT NULL DEFAULT 0;
            UPDATE loyalty_balance SET earned = points;

            CREATE TABLE ledger_settlement (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                settled_through INTEGER NOT NULL CHECK (settled_through >= 0)
            ) STRICT;
            INSERT INTO ledger_settlement (id, settled_through) VALUES (1, 0);

            CREATE TABLE voucher (
                code TEXT PRIMARY KEY NOT NULL CHECK (length(code) BETWEEN 4 AND 32 AND code = upper(code)),
                expires_on TEXT CHECK (expires_on IS NULL OR date(expires_on) = expires_on),
                hub_balance INTEGER NOT NULL DEFAULT 0,
                issued_at TEXT
            ) STRICT;

            CREATE TABLE voucher_movement (
                id INTEGER PRIMARY KEY,
                event_id TEXT NOT NULL UNIQUE,
                code TEXT NOT NULL REFERENCES voucher(code),
                amount INTEGER NOT NULL CHECK (amount <> 0),
                reason TEXT NOT NULL CHECK (reason IN ('issue', 'sale', 'top-up', 'redeem', 'refund')),
                paid_with TEXT,
                sale_id TEXT REFERENCES sale(id),
                refund_id TEXT REFERENCES refund(id),
                business_day TEXT NOT NULL,
                event_seq INTEGER NOT NULL CHECK (event_seq > 0),
                created_at TEXT NOT NULL,
                CHECK ((reason = 'redeem') = (amount < 0))
            ) STRICT;
            CREATE INDEX voucher_movement_by_code ON voucher_movement(code, event_seq);
            CREATE INDEX loyalty_movement_by_event ON loyalty_movement(customer_id, event_seq);

            -- Value redeemed while the hub could not be asked: what the offline allowance counts.
            CREATE TABLE offline_redemption (
                event_id TEXT PRIMARY KEY NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('voucher', 'points')),
                reference TEXT NOT NULL,
                amount INTEGER NOT NULL CHECK (amount > 0),
                business_day TEXT NOT NULL,
                event_seq INTEGER NOT NULL CHECK (event_seq > 0)
            ) STRICT;
            CREATE INDEX offline_redemption_by_day ON offline_redemption(business_day);

            -- A voucher or points tender on the open sale, as it was authorized: kept until the sale
            -- commits, so a crash cannot turn an offline redemption into an online one.
            CREATE TABLE redemption_hold (
                terminal_id TEXT NOT NULL,
                position INTEGER NOT NULL CHECK (position >= 0),
                kind TEXT NOT NULL CHECK (kind IN ('voucher', 'points')),
                reference TEXT NOT NULL,
                amount INTEGER NOT NULL CHECK (amount > 0),
                offline INTEGER NOT NULL CHECK (offline IN (0, 1)),
                PRIMARY KEY (terminal_id, position)
            ) STRICT;

            -- What a sale did to its customer's points, and the balance after it, as its receipt prints them.
            CREATE TABLE sale_loyalty (
                sale_id TEXT PRIMARY KEY NOT NULL REFERENCES sale(id),
                customer_id TEXT NOT NULL,
                earned INTEGER NOT NULL,
                redeemed INTEGER NOT NULL CHECK (redeemed >= 0),
                balance_after INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX sale_by_customer ON sale(customer_id, completed_at) WHERE customer_id IS NOT NULL;
            """)
    }
}
