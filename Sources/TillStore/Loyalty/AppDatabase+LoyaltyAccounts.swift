import GRDB
public import TillCore

extension AppDatabase {
    /// A customer's points as this till knows them: the hub's last balance and this till's movements
    /// the hub has not counted yet.
    public func loyaltyAccount(customerID: String) throws(StoreError) -> LoyaltyAccount {
        try read { db in try Self.loyaltyAccount(customerID: customerID, db) }
    }

    /// The points `order` earns its customer under `program`, in the tier their points earned in all
    /// put them in before it; none for a sale without a customer or a training sale.
    public func pointsEarned(by order: Order, program: LoyaltyProgram) throws(StoreError) -> Int64 {
        guard let customerID = order.cart.customerID, !order.training else { return 0 }
        let account = try loyaltyAccount(customerID: customerID)
        do throws(LoyaltyError) {
            return try program.earned(by: order, tier: program.tier(forEarned: account.earned), at: order.cart.openedAt).total
        } catch {
            throw .conflict("The points of sale \(order.id) cannot be worked out: \(error)")
        }
    }

    static func loyaltyAccount(customerID: String, _ db: Database) throws -> LoyaltyAccount {
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT coalesce((SELECT points FROM loyalty_balance WHERE customer_id = :id), 0)
                       + coalesce((SELECT sum(points) FROM loyalty_movement WHERE customer_id = :id AND \(LedgerSettlement.pending)), 0) AS balance,
                   coalesce((SELECT earned FROM loyalty_balance WHERE customer_id = :id), 0)
                       + coalesce((SELECT sum(earned) FROM loyalty_movement WHERE customer_id = :id AND \(LedgerSettlement.pending)), 0) AS earned
            """), arguments: ["id": customerID])
        return LoyaltyAccount(balance: row?["balance"] ?? 0, earned: row?["earned"] ?? 0)
    }

    /// Writes one points movement of a sale or refund; none when it moves nothing.
    static func insertPoints(eventID: String, customerID: String, points: Int64, earned: Int64, reason: String, saleID: String?,
                             refundID: String?, eventSeq: Int64, at time: String, _ db: Database) throws {
        guard points != 0 else { return }
        try db.cachedStatement(sql: """
            INSERT INTO loyalty_movement (event_id, customer_id, points, earned, reason, sale_id, refund_id, event_seq, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [eventID, customerID, points, earned, reason, saleID, refundID, eventSeq, time])
    }
}
