import GRDB

extension AppDatabase {
    /// The printer role receipts and reports are queued under: the lane's receipt printer.
    public static let receiptPrinterRole = PrintQueue.receiptPrinter

    /// Queues a copy of a receipt (printed marked COPY) for the receipt printer: the job stays pending,
    /// across restarts, until a printer driver prints it or gives up on it.
    public func queueReceiptCopy(saleID: String, receiptNumber: Int64, requestedBy staffID: String, at time: String) throws(StoreError) {
        try write { db in
            try PrintQueue.insert(kind: .receiptCopy, saleID: saleID, document: PrintRequest(receiptNumber: receiptNumber, requestedBy: staffID),
                                  printer: PrintQueue.receiptPrinter, at: time, db)
        }
    }

    /// Queues a sale's receipt again as the original, for a receipt the printer gave up on before
    /// the customer got it.
    public func queueReceipt(saleID: String, receiptNumber: Int64, at time: String) throws(StoreError) {
        try write { db in
            try PrintQueue.insertReceipt(saleID: saleID, receiptNumber: receiptNumber, printer: PrintQueue.receiptPrinter, at: time, db)
        }
    }

    /// Queues a report written as text (an X or Z report) for the receipt printer.
    public func queueReport(title: String, text: String, requestedBy staffID: String, at time: String) throws(StoreError) {
        try write { db in
            try PrintQueue.insert(kind: .report, saleID: nil, document: PrintRequest(requestedBy: staffID, title: title, text: text),
                                  printer: PrintQueue.receiptPrinter, at: time, db)
        }
    }

    /// How many print jobs wait for a printer.
    public func pendingPrintJobs() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM print_job WHERE status = 'pending'") ?? 0 }
    }

    /// The oldest pending job for one of `printers` (roles) that is due at `time` (never tried, or
    /// its retry time has come): a receipt never comes out of the kitchen's printer.
    public func nextPrintJob(for printers: [String] = [receiptPrinterRole], dueAt time: String) throws(StoreError) -> PrintJob? {
        try read { db in
            let roles = databaseQuestionMarks(count: printers.count)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT id, sale_id, printer, kind, document, attempts, created_at FROM print_job
                WHERE status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) AND printer IN (\(roles))
                ORDER BY id LIMIT 1
                """, arguments: StatementArguments([time] + printers)) else { return nil }
            return try PrintQueue.job(from: row, path: path)
        }
    }

    /// Marks a job printed: it leaves the queue.
    public func markPrinted(jobID: Int64, at time: String) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE print_job SET status = 'printed', finished_at = ?, last_error = NULL WHERE id = ?",
                           arguments: [time, jobID])
        }
    }

    /// Records a failed attempt: the job waits until `retryAt`, or, with no retry time, fails for good
    /// (the sale is then flagged as not printed, and a reprint queues a new job).
    public func markPrintFailed(jobID: Int64, reason: String, at time: String, retryAt: String?) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                UPDATE print_job SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                                     status = CASE WHEN ? IS NULL THEN 'failed' ELSE status END,
                                     finished_at = CASE WHEN ? IS NULL THEN ? ELSE finished_at END
                WHERE id = ? AND status = 'pending'
                """, arguments: [reason, retryAt, retryAt, retryAt, time, jobID])
        }
    }
}
