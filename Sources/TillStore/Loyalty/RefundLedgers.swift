import GRDB
import TillCore
import TillWire

/// What a refund gives back to points and vouchers: the points the refunded share earned are taken
/// back, points and voucher value that paid for it are returned. Worked out once, before the refund
/// is written, so the rows and the outbox event's effects agree.
///
/// Each share is cumulative over the sale's refunds (`CumulativeShare`): however a sale is refunded,
/// piece by piece, the pieces add up to exactly the points it earned and spent and the value each
/// voucher paid.
struct RefundLedgers {
    let customerID: String?
    /// Points the refund takes back from what the sale earned (≥ 0).
    let takenBack: Int64
    /// Points that paid for the refunded part, going back to the customer (≥ 0).
    let returned: Int64
    /// Value going back onto each voucher that paid, by tender place in the refund.
    let vouchers: [(position: Int, code: String, amount: Int64)]

    /// Nothing for a refund without a receipt, which gives back by the tender chosen at the counter.
    init(_ refund: Refund, database: AppDatabase, _ db: Database) throws {
        guard let saleID = refund.originalOrderID,
              let sale = try Row.fetchOne(db, sql: "SELECT customer_id, document FROM sale WHERE id = ?", arguments: [saleID]) else {
            (customerID, takenBack, returned, vouchers) = (nil, 0, 0, [])
            return
        }
        let order = try database.decodeOrder(sale["document"], id: saleID)
        let previous = try database.storedRefunds(ofSale: saleID, db)
        vouchers = refund.tenders.enumerated().compactMap { position, tender in
            tender.kind == .voucher ? tender.reference.map { (position, $0, tender.amount) } : nil
        }
        customerID = sale["customer_id"]
        guard let customerID else {
            (takenBack, returned) = (0, 0)
            return
        }
        let movements = try Row.fetchOne(db, sql: """
            SELECT coalesce(sum(CASE WHEN reason = 'sale' THEN earned END), 0) AS earned,
                   coalesce(-sum(CASE WHEN reason = 'redeem' THEN points END), 0) AS redeemed
            FROM loyalty_movement WHERE sale_id = ? AND customer_id = ?
            """, arguments: [saleID, customerID])
        let paidInPoints = { (tenders: [Tender]) in tenders.filter { $0.kind == .points }.reduce(0) { $0 + $1.amount } }
        do throws(MoneyError) {
            takenBack = try CumulativeShare.of(movements?["earned"] ?? 0, part: refund.lines.reduce(0) { $0 + $1.amount },
                                               before: previous.flatMap(\.lines).reduce(0) { $0 + $1.amount },
                                               whole: order.priced.lines.reduce(0) { $0 + $1.total })
            returned = try CumulativeShare.of(movements?["redeemed"] ?? 0, part: paidInPoints(refund.tenders),
                                              before: previous.map { paidInPoints($0.tenders) }.reduce(0, +),
                                              whole: paidInPoints(order.tenders))
        } catch {
            throw StoreError.conflict("The points of receipt \(saleID) cannot be worked out for this refund: \(error).")
        }
    }

    /// The refund's points and voucher value as the hub adds them.
    var effects: (loyalty: [LoyaltyDelta], vouchers: [VoucherDelta]) {
        let loyalty = customerID.map { customer in
            [takenBack == 0 ? nil : LoyaltyDelta(customer: customer, points: -takenBack, earned: -takenBack),
             returned == 0 ? nil : LoyaltyDelta(customer: customer, points: returned, earned: 0)].compactMap { $0 }
        } ?? []
        return (loyalty, vouchers.map { VoucherDelta(code: $0.code, amount: $0.amount) })
    }

    /// Writes the movements under the refund's outbox event.
    func record(refundID: String, context: RefundContext, eventSeq: Int64, _ db: Database) throws {
        for (position, code, amount) in vouchers {
            try AppDatabase.insertVoucherMovement(eventID: "\(refundID)/voucher/\(position)", code: code, amount: amount, reason: "refund",
                                                  refundID: refundID, businessDay: context.businessDay, eventSeq: eventSeq,
                                                  at: context.completedAt, db)
        }
        guard let customerID else { return }
        try AppDatabase.insertPoints(eventID: "\(refundID)/loyalty", customerID: customerID, points: -takenBack, earned: -takenBack,
                                     reason: "refund", saleID: nil, refundID: refundID, eventSeq: eventSeq, at: context.completedAt, db)
        try AppDatabase.insertPoints(eventID: "\(refundID)/loyalty/returned", customerID: customerID, points: returned, earned: 0,
                                     reason: "refund", saleID: nil, refundID: refundID, eventSeq: eventSeq, at: context.completedAt, db)
    }
}
