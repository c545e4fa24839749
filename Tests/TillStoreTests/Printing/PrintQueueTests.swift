import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct PrintQueueTests {
    let database: AppDatabase

    init() throws { database = try AppDatabase.makeTemporary() }

    func context(_ eventID: String, printer: String?) -> SaleContext {
        SaleContext(terminalID: "T1", completedAt: "2026-11-24T10:00:00.000Z", businessDay: "2026-11-24", eventID: eventID,
                    receiptPrinter: printer)
    }

    @Test func aSaleOnALaneWithAPrinterQueuesItsReceiptInTheSameTransaction() throws {
        // Given a lane with a receipt printer
        // When two sales are committed, one of them training
        _ = try database.commit(try SaleFixture.order("o-1"), context: context("e-1", printer: "receipt"))
        _ = try database.commit(try SaleFixture.order("t-1", training: true), context: context("e-2", printer: "receipt"))
        // Then both receipts wait, oldest first, training slips too (they print as training)
        #expect(try database.pendingPrintJobs() == 2)
        let first = try #require(try database.nextPrintJob(dueAt: "2026-11-24T10:00:00.000Z"))
        #expect(first.content == .receipt(saleID: "o-1", receiptNumber: 1, copy: false))
        #expect(first.printer == "receipt" && first.attempts == 0)
    }

    @Test func aLaneWithoutAPrinterQueuesNothing() throws {
        _ = try database.commit(try SaleFixture.order("o-1"), context: context("e-1", printer: nil))

        #expect(try database.pendingPrintJobs() == 0)
        #expect(try database.nextPrintJob(dueAt: "9999") == nil)
    }

    @Test func aFailedAttemptWaitsForItsRetryTime() throws {
        // Given a queued receipt that failed once, to be retried at 10:00:05
        _ = try database.commit(try SaleFixture.order("o-1"), context: context("e-1", printer: "receipt"))
        let job = try #require(try database.nextPrintJob(dueAt: "2026-11-24T10:00:00.000Z"))
        try database.markPrintFailed(jobID: job.id, reason: "out of paper", at: "2026-11-24T10:00:01.000Z",
                                     retryAt: "2026-11-24T10:00:05.000Z")
        // Then it is not due before then, and is due (with one attempt counted) after
        #expect(try database.nextPrintJob(dueAt: "2026-11-24T10:00:04.999Z") == nil)
        #expect(try database.nextPrintJob(dueAt: "2026-11-24T10:00:05.000Z")?.attempts == 1)
        #expect(try database.pendingPrintJobs() == 1)
    }

    @Test func givingUpOrPrintingTakesTheJobOutOfTheQueue() throws {
        // Given two queued jobs
        _ = try database.commit(try SaleFixture.order("o-1"), context: context("e-1", printer: "receipt"))
        try database.queueReport(title: "X report", text: "X\nTotal 12.00\n", requestedBy: "7", at: "2026-11-24T10:01:00.000Z")
        let receipt = try #require(try database.nextPrintJob(dueAt: "2026-11-24T11:00:00.000Z"))
        // When the receipt is given up on and the report prints
        try database.markPrintFailed(jobID: receipt.id, reason: "offline", at: "2026-11-24T10:10:00.000Z", retryAt: nil)
        let report = try #require(try database.nextPrintJob(dueAt: "2026-11-24T11:00:00.000Z"))
        #expect(report.content == .report(title: "X report", text: "X\nTotal 12.00\n"))
        try database.markPrinted(jobID: report.id, at: "2026-11-24T10:10:01.000Z")
        // Then nothing is left, and the receipt's failure is on record
        #expect(try database.pendingPrintJobs() == 0)
        let row = try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT status, last_error, finished_at FROM print_job WHERE id = ?", arguments: [receipt.id])
        }
        #expect(row?["status"] == "failed")
        #expect(row?["last_error"] == "offline")
        #expect(row?["finished_at"] == "2026-11-24T10:10:00.000Z")
    }

    @Test func aCopyQueuedBeforeThePrintQueueHadKindsStillReads() throws {
        // Given a receipt copy stored as the first version of the queue wrote it
        _ = try database.commit(try SaleFixture.order("o-1"), context: context("e-1", printer: nil))
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO print_job (sale_id, printer, kind, document, status, attempts, created_at)
                VALUES ('o-1', 'receipt', 'receipt-copy', '{"copy":true,"receipt_number":1,"requested_by":"7"}', 'pending', 0, 't')
                """)
        }
        // Then it reads back as a copy of receipt 1
        #expect(try database.nextPrintJob(dueAt: "u")?.content == .receipt(saleID: "o-1", receiptNumber: 1, copy: true))
    }

    @Test func aJobTheStoreCannotReadIsAnErrorNotASkip() throws {
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO print_job (sale_id, printer, kind, document, status, attempts, created_at)
                VALUES (NULL, 'receipt', 'label', '{}', 'pending', 0, 't')
                """)
        }

        #expect(throws: StoreError.self) { try database.nextPrintJob(dueAt: "u") }
    }
}
