import GRDB

/// What the print queue needs besides v3's `print_job`: when a job ended, and a quick way from a
/// sale to its receipt jobs (the orders screen flags receipts that never printed).
enum PrintQueueSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE print_job ADD COLUMN finished_at TEXT;
            CREATE INDEX print_job_by_sale ON print_job(sale_id, id);
            """)
    }
}
