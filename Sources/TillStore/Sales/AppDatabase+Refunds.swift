import GRDB
public import TillCore

extension AppDatabase {
    /// The refunds against a sale, in the order they were committed: the `previous` that
    /// `RefundCalculator.against` needs to work out the next one.
    public func refunds(ofSale saleID: String) throws(StoreError) -> [Refund] {
        try read { db in try storedRefunds(ofSale: saleID, db) }
    }

    /// Refunds of one business day, in refund-number order.
    public func refunds(on businessDay: String, training: Bool = false) throws(StoreError) -> [RefundSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT refund.id, refund.refund_number, refund.original_sale_id, sale.receipt_number, refund.total,
                       refund.paid_back, refund.completed_at
                FROM refund LEFT JOIN sale ON sale.id = refund.original_sale_id
                WHERE refund.business_day = ? AND refund.training = ? ORDER BY refund.refund_number
                """, arguments: [businessDay, training]).map {
                RefundSummary(id: $0["id"], refundNumber: $0["refund_number"], originalSaleID: $0["original_sale_id"],
                              originalReceiptNumber: $0["receipt_number"], total: $0["total"], paidBack: $0["paid_back"],
                              completedAt: $0["completed_at"])
            }
        }
    }

    /// The refunds against a sale as their documents read back, in the caller's transaction.
    func storedRefunds(ofSale saleID: String, _ db: Database) throws -> [Refund] {
        try Row.fetchAll(db, sql: "SELECT id, document FROM refund WHERE original_sale_id = ? ORDER BY rowid", arguments: [saleID]).map { row in
            try decodeRefund(row["document"], id: row["id"])
        }
    }

    /// The refund in a stored document; a document that no longer decodes is damaged data.
    func decodeRefund(_ text: String, id: String) throws(StoreError) -> Refund {
        do {
            return try StoredDocument.decode(Refund.self, from: text)
        } catch {
            throw .invalidData(path: path, reason: "refund \(id) cannot be read back: \(error)")
        }
    }
}
