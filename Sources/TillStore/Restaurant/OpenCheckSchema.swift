import GRDB

/// Open checks (v16): each restaurant table's tab as its latest document, with a version that every
/// save must name, so two lanes changing one check cannot overwrite each other unseen.
enum OpenCheckSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE open_check (
                id TEXT PRIMARY KEY NOT NULL,
                table_name TEXT NOT NULL,
                server_id TEXT NOT NULL,
                covers INTEGER NOT NULL CHECK (covers BETWEEN 1 AND 99),
                order_type TEXT NOT NULL,
                opened_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                terminal_id TEXT NOT NULL,
                version INTEGER NOT NULL CHECK (version > 0),
                document TEXT NOT NULL
            ) STRICT;
            CREATE INDEX open_check_by_table ON open_check(table_name, opened_at);
            """)
    }

    /// Shared checks (v17): each check's revision, generation and next line as the hub knows them
    /// (the lane's own version counter goes: a change is never refused on the lane, only by the hub);
    /// checks closed lately, so an older revision coming round the feed never reopens one; checks
    /// whose change the hub refused, waiting for its revision to rebase on, and the revisions this
    /// lane's unanswered changes were made over, to tell what they changed; and when each table was
    /// last paid, for the floor.
    static func share(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE shared_check (
                id TEXT PRIMARY KEY NOT NULL,
                table_name TEXT NOT NULL,
                server_id TEXT NOT NULL,
                covers INTEGER NOT NULL CHECK (covers BETWEEN 1 AND 99),
                order_type TEXT NOT NULL,
                opened_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                terminal_id TEXT NOT NULL,
                revision TEXT,
                generation INTEGER NOT NULL CHECK (generation >= 0),
                next_line INTEGER NOT NULL CHECK (next_line > 0),
                document TEXT NOT NULL
            ) STRICT;
            INSERT INTO shared_check (id, table_name, server_id, covers, order_type, opened_at, updated_at, terminal_id, revision, generation,
                                      next_line, document)
            SELECT id, table_name, server_id, covers, order_type, opened_at, updated_at, terminal_id, NULL, 0,
                   coalesce(json_extract(document, '$.cart.nextLineID'), 1), document
            FROM open_check;
            DROP TABLE open_check;
            ALTER TABLE shared_check RENAME TO open_check;
            CREATE INDEX open_check_by_table ON open_check(table_name, opened_at);

            CREATE TABLE closed_check (
                check_id TEXT PRIMARY KEY NOT NULL,
                generation INTEGER NOT NULL,
                closed_at TEXT NOT NULL
            ) STRICT;

            CREATE TABLE check_rebase (
                check_id TEXT PRIMARY KEY NOT NULL,
                first_new_line INTEGER NOT NULL,
                base_generation INTEGER NOT NULL,
                base_revision TEXT,
                outbox_seq INTEGER NOT NULL
            ) STRICT;

            CREATE TABLE check_base (
                revision TEXT PRIMARY KEY NOT NULL,
                check_id TEXT NOT NULL,
                document TEXT NOT NULL
            ) STRICT;
            CREATE INDEX check_base_by_check ON check_base(check_id);

            CREATE TABLE paid_table (
                table_name TEXT PRIMARY KEY NOT NULL,
                paid_at TEXT NOT NULL
            ) STRICT;
            """)
    }
}
