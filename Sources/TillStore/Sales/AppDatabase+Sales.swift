import GRDB
public import TillCore

/// A stored sale as lists and reports see it, without decoding its whole document.
public struct SaleSummary: Hashable, Sendable {
    public let id: String
    public let receiptNumber: Int64
    public let training: Bool
    public let completedAt: String
    public let staffID: String
    public let total: Int64
    public let itemCount: Int64
    /// What the refunds against it gave back so far (Σ their totals, before cash rounding).
    public let refunded: Int64
    /// Whether its receipt (or the latest copy of it) printed; nil when none was ever queued.
    public let receiptPrint: ReceiptPrint?

    /// Where a sale's latest receipt print job stands.
    public enum ReceiptPrint: String, Hashable, Sendable {
        case pending, printed, failed
    }

    /// The columns `init(_:)` reads, selected from `sale`.
    static let columns = """
        id, receipt_number, training, completed_at, staff_id, total, item_count,
        (SELECT COALESCE(SUM(total), 0) FROM refund WHERE original_sale_id = sale.id) AS refunded,
        (SELECT status FROM print_job WHERE sale_id = sale.id ORDER BY id DESC LIMIT 1) AS receipt_print
        """

    init(_ row: Row) {
        id = row["id"]
        receiptNumber = row["receipt_number"]
        training = row["training"]
        completedAt = row["completed_at"]
        staffID = row["staff_id"]
        total = row["total"]
        itemCount = row["item_count"]
        refunded = row["refunded"]
        receiptPrint = (row["receipt_print"] as String?).flatMap(ReceiptPrint.init(rawValue:))
    }
}

extension AppDatabase {
    /// The order as it was committed.
    public func order(id: String) throws(StoreError) -> Order? {
        let text = try read { db in try String.fetchOne(db, sql: "SELECT document FROM sale WHERE id = ?", arguments: [id]) }
        guard let text else { return nil }
        return try decodeOrder(text, id: id)
    }

    /// The order in a sale's stored document; a document that no longer decodes is damaged data.
    func decodeOrder(_ text: String, id: String) throws(StoreError) -> Order {
        do {
            return try StoredDocument.decode(Order.self, from: text)
        } catch {
            throw .invalidData(path: path, reason: "sale \(id) cannot be read back: \(error)")
        }
    }

    /// Sales of one business day, in receipt order.
    public func sales(on businessDay: String, training: Bool = false) throws(StoreError) -> [SaleSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(SaleSummary.columns) FROM sale WHERE business_day = ? AND training = ? ORDER BY receipt_number
                """, arguments: [businessDay, training]).map(SaleSummary.init)
        }
    }

    /// One cashier's sales over the business days `from` through `to` (ISO dates), in the order rung.
    public func sales(from: String, to: String, staffID: String, training: Bool = false) throws(StoreError) -> [SaleSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(SaleSummary.columns) FROM sale
                WHERE business_day BETWEEN ? AND ? AND staff_id = ? AND training = ? ORDER BY completed_at, receipt_number
                """, arguments: [from, to, staffID, training]).map(SaleSummary.init)
        }
    }

    /// One sale by its id, real or training: what a receipt is printed from.
    public func sale(id: String) throws(StoreError) -> SaleSummary? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(SaleSummary.columns) FROM sale WHERE id = ?", arguments: [id]).map(SaleSummary.init)
        }
    }

    /// The sale a terminal printed this receipt number on, real or training: what a refund starts from.
    public func sale(receiptNumber: Int64, training: Bool, terminalID: String) throws(StoreError) -> SaleSummary? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT \(SaleSummary.columns) FROM sale WHERE terminal_id = ? AND training = ? AND receipt_number = ?
                """, arguments: [terminalID, training, receiptNumber]).map(SaleSummary.init)
        }
    }

    /// Outbox events after `sequence`, oldest first: what sync pushes next.
    public func outbox(after sequence: Int64 = 0, limit: Int = 500) throws(StoreError) -> [OutboxEvent] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT seq, id, kind, payload, created_at, acknowledged_at FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?
                """, arguments: [sequence, limit]).map {
                OutboxEvent(sequence: $0["seq"], id: $0["id"], kind: $0["kind"], payload: $0["payload"],
                            createdAt: $0["created_at"], acknowledgedAt: $0["acknowledged_at"])
            }
        }
    }
}
