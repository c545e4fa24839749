import Foundation
import GRDB

extension AppDatabase {
    /// Queues a copy of a receipt (printed marked COPY) for the receipt printer: the job stays pending,
    /// across restarts, until a printer driver prints it or gives up on it.
    public func queueReceiptCopy(saleID: String, receiptNumber: Int64, requestedBy staffID: String, at time: String) throws(StoreError) {
        let request = ReceiptCopyRequest(saleID: saleID, receiptNumber: receiptNumber, requestedBy: staffID)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let document = (try? encoder.encode(request)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        try write { db in
            try db.execute(sql: """
                INSERT INTO print_job (sale_id, printer, kind, document, status, attempts, created_at)
                VALUES (?, 'receipt', 'receipt-copy', ?, 'pending', 0, ?)
                """, arguments: [saleID, document, time])
        }
    }

    /// How many print jobs wait for a printer.
    public func pendingPrintJobs() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM print_job WHERE status = 'pending'") ?? 0 }
    }
}

/// What a receipt-copy print job asks for.
private struct ReceiptCopyRequest: Encodable {
    let saleID: String
    let receiptNumber: Int64
    let requestedBy: String
    let copy = true
}
