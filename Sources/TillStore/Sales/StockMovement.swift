import GRDB

/// Writes `stock_movement` rows: what leaves the shelf with a sale and comes back with a refund.
///
/// Levels are never stored, only movements, each under an event id derived from what caused it, so
/// replaying a sale or a refund can never move stock twice.
enum StockMovement {
    enum Reason: String {
        case sale
        case refund
    }

    /// Records `thousandths` of a product moving (negative: leaving the shelf), in the caller's transaction.
    static func insert(eventID: String, productID: String, locationID: String, thousandths: Int64, reason: Reason,
                       saleID: String?, refundID: String?, at time: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO stock_movement (event_id, product_id, location_id, quantity, reason, sale_id, refund_id, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [eventID, productID, locationID, thousandths, reason.rawValue, saleID, refundID, time])
    }
}
