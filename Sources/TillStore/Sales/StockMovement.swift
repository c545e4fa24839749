import GRDB
import TillCore

/// Writes `stock_movement` rows: every change of stock, from a sale to a posted count.
///
/// Levels are never stored, only movements, each under an event id derived from what caused it, so
/// replaying a sale, a refund or a stock document can never move stock twice. Write movements
/// before the outbox event of their transaction: appending the event stamps them with its sequence.
enum StockMovement {
    /// Records `thousandths` of a product moving (negative: leaving the location), in the caller's transaction.
    static func insert(eventID: String, productID: String, locationID: String, thousandths: Int64, reason: StockMovementKind,
                       saleID: String? = nil, refundID: String? = nil, documentID: String? = nil, at time: String,
                       _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO stock_movement (event_id, product_id, location_id, quantity, reason, sale_id, refund_id, document_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [eventID, productID, locationID, thousandths, reason.rawValue, saleID, refundID, documentID, time])
    }
}
