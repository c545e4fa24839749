import GRDB

/// Who works the till and what they did with its drawer: staff and their PIN hashes, login attempts,
/// clock events, shifts with their counts and cash movements, approvals, and the customers they serve.
///
/// Role and kind lists are written out, not generated from the Swift enums: a migration that has
/// shipped must create the same tables forever, so a new role needs a new migration. Staff references
/// are foreign keys except in `login_attempt`, which also records numbers nobody holds;
/// `approval.sale_id` is none either, as a sale is approved before it is committed. Sales get an index
/// by shift here, for the sums a shift's expected cash is rebuilt from.
enum StaffSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE staff (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(trim(id)) > 0),
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                role TEXT NOT NULL CHECK (role IN ('cashier', 'trainer', 'supervisor', 'manager', 'admin')),
                pin_hash TEXT NOT NULL CHECK (length(pin_hash) > 0),
                active INTEGER NOT NULL CHECK (active IN (0, 1)),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) STRICT;

            CREATE TABLE login_attempt (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                staff_id TEXT NOT NULL,
                terminal_id TEXT NOT NULL,
                at TEXT NOT NULL,
                succeeded INTEGER NOT NULL CHECK (succeeded IN (0, 1))
            ) STRICT;
            CREATE INDEX login_attempt_by_staff ON login_attempt(staff_id, succeeded);

            CREATE TABLE clock_event (
                id INTEGER PRIMARY KEY,
                staff_id TEXT NOT NULL REFERENCES staff(id),
                terminal_id TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('in', 'out')),
                at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX clock_event_by_staff ON clock_event(staff_id);

            CREATE TABLE shift (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                terminal_id TEXT NOT NULL,
                cashier_id TEXT NOT NULL REFERENCES staff(id),
                opened_at TEXT NOT NULL,
                currency TEXT NOT NULL,
                opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
                float_count TEXT NOT NULL CHECK (json_valid(float_count)),
                counted_count TEXT CHECK (counted_count IS NULL OR json_valid(counted_count)),
                variance_threshold INTEGER CHECK (variance_threshold IS NULL OR variance_threshold >= 0),
                counted_by TEXT REFERENCES staff(id),
                counted_at TEXT,
                expected INTEGER,
                over_short INTEGER,
                reason TEXT CHECK (reason IS NULL OR length(trim(reason)) > 0),
                closed_by TEXT REFERENCES staff(id),
                closed_at TEXT,
                CHECK ((counted_count IS NULL) = (variance_threshold IS NULL)
                       AND (counted_count IS NULL) = (counted_by IS NULL)
                       AND (counted_count IS NULL) = (counted_at IS NULL)
                       AND (counted_count IS NULL) = (expected IS NULL)
                       AND (counted_count IS NULL) = (over_short IS NULL)),
                CHECK ((closed_at IS NULL) = (closed_by IS NULL)),
                CHECK (closed_at IS NULL OR counted_at IS NOT NULL),
                CHECK (reason IS NULL OR closed_at IS NOT NULL)
            ) STRICT;
            CREATE UNIQUE INDEX shift_open_on_terminal ON shift(terminal_id) WHERE closed_at IS NULL;
            CREATE INDEX sale_by_shift ON sale(shift_id);

            -- seq keeps the order the movements were accepted in: a paid out may rely on an earlier paid in.
            CREATE TABLE cash_movement (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
                shift_id TEXT NOT NULL REFERENCES shift(id),
                kind TEXT NOT NULL CHECK (kind IN ('paid-in', 'paid-out', 'no-sale')),
                amount INTEGER NOT NULL,
                reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                staff_id TEXT NOT NULL REFERENCES staff(id),
                at TEXT NOT NULL,
                CHECK (CASE kind WHEN 'no-sale' THEN amount = 0 ELSE amount > 0 END)
            ) STRICT;
            CREATE INDEX cash_movement_by_shift ON cash_movement(shift_id);

            CREATE TABLE approval (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                action TEXT NOT NULL CHECK (action LIKE 'permission:_%' OR action LIKE 'discount:_%'),
                requester_id TEXT NOT NULL REFERENCES staff(id),
                approver_id TEXT NOT NULL REFERENCES staff(id),
                approver_role TEXT NOT NULL CHECK (approver_role IN ('cashier', 'trainer', 'supervisor', 'manager', 'admin')),
                reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                approved_at TEXT NOT NULL,
                terminal_id TEXT NOT NULL,
                sale_id TEXT,
                CHECK (approver_id <> requester_id)
            ) STRICT;

            CREATE TABLE customer (
                id TEXT PRIMARY KEY NOT NULL CHECK (length(trim(id)) > 0),
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                phone TEXT CHECK (phone IS NULL OR length(phone) > 0),
                email TEXT CHECK (email IS NULL OR length(email) > 0),
                card_code TEXT UNIQUE CHECK (card_code IS NULL OR length(card_code) > 0),
                notes TEXT NOT NULL,
                marketing_consent INTEGER NOT NULL CHECK (marketing_consent IN (0, 1)),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX customer_by_phone ON customer(phone);
            """)
    }
}
