import GRDB

/// Z reports: one row per closed period, numbered without gaps, each carrying the perpetual grand totals.
///
/// The store works the next Z out in the transaction that inserts it (see `closeZ`); the CHECKs and
/// the trigger are the last guard, so even a hand-written INSERT cannot skip a number, close a day
/// twice or lower a grand total, and no Z is ever changed or removed. `document` is the Z as it was
/// closed, in the JSON `till report z --format json` prints.
enum ZReportSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE z_report (
                number INTEGER PRIMARY KEY CHECK (number > 0),
                terminal_id TEXT NOT NULL CHECK (length(terminal_id) > 0),
                from_day TEXT NOT NULL CHECK (from_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                to_day TEXT NOT NULL UNIQUE CHECK (to_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND to_day >= from_day),
                closed_at TEXT NOT NULL,
                closed_by TEXT NOT NULL REFERENCES staff(id),
                sales_count INTEGER NOT NULL CHECK (sales_count >= 0),
                gross INTEGER NOT NULL,
                net INTEGER NOT NULL,
                grand_total INTEGER NOT NULL CHECK (grand_total >= 0),
                grand_total_absolute INTEGER NOT NULL CHECK (grand_total_absolute >= grand_total),
                document TEXT NOT NULL CHECK (json_valid(document))
            ) STRICT;

            CREATE TRIGGER z_report_follows_the_last BEFORE INSERT ON z_report
            WHEN NEW.number <> COALESCE((SELECT MAX(number) FROM z_report), 0) + 1
                OR NEW.from_day <= COALESCE((SELECT MAX(to_day) FROM z_report), '')
                OR NEW.grand_total < COALESCE((SELECT MAX(grand_total) FROM z_report), 0)
                OR NEW.grand_total_absolute < COALESCE((SELECT MAX(grand_total_absolute) FROM z_report), 0)
            BEGIN
                SELECT RAISE(ABORT, 'a Z report must take the next number, close only later days and keep the grand totals');
            END;

            CREATE TRIGGER z_report_never_changes BEFORE UPDATE ON z_report
            BEGIN
                SELECT RAISE(ABORT, 'a Z report is never changed');
            END;

            CREATE TRIGGER z_report_never_removed BEFORE DELETE ON z_report
            BEGIN
                SELECT RAISE(ABORT, 'a Z report is never removed');
            END;
            """)
    }
}
