import GRDB
import TillCore
import TillWire

/// What a sale does to its customer's points, to the vouchers that paid it and to the gift cards it
/// loaded, worked out once so the rows written and the outbox event's effects can never disagree.
struct SaleLedgers {
    let customerID: String?
    /// Points the sale earns (the app's loyalty rules decide; `SaleContext.loyaltyPoints`).
    let earned: Int64
    /// Points tenders by their place among the sale's tenders.
    let points: [(position: Int, points: Int64, amount: Int64)]
    /// Voucher tenders by their place among the sale's tenders.
    let vouchers: [(position: Int, code: String, amount: Int64)]
    /// Gift cards the sale loads, by line id.
    let loads: [(lineID: Int, code: String, amount: Int64)]

    init(_ order: Order, context: SaleContext) throws {
        customerID = order.cart.customerID
        earned = customerID == nil ? 0 : context.loyaltyPoints
        var points: [(Int, Int64, Int64)] = []
        var vouchers: [(Int, String, Int64)] = []
        for (position, tender) in order.tenders.enumerated() {
            if tender.kind == .points {
                guard customerID != nil, let count = tender.reference.flatMap(Int64.init), count > 0 else {
                    throw StoreError.conflict("Sale \(order.id) pays \(tender.amount) with points but names no customer or no number "
                                              + "of points; take the points tender off and redeem again.")
                }
                points.append((position, count, tender.amount))
            } else if tender.kind == .voucher {
                guard let reference = tender.reference, let code = try? VoucherCode(reference) else {
                    throw StoreError.conflict("Sale \(order.id) pays \(tender.amount) by voucher without a valid code; "
                                              + "take the voucher tender off and redeem it again.")
                }
                vouchers.append((position, code.text, tender.amount))
            }
        }
        self.points = points
        self.vouchers = vouchers
        loads = order.priced.lines.compactMap { priced in priced.line.giftCard.map { (priced.line.id, $0, priced.total) } }
    }

    var redeemed: Int64 { points.reduce(0) { $0 + $1.points } }

    /// The sale's points as the hub adds them: what it earned, and what it spent (which earns no tier).
    var loyaltyDeltas: [LoyaltyDelta] {
        guard let customerID else { return [] }
        return [earned == 0 ? nil : LoyaltyDelta(customer: customerID, points: earned, earned: earned),
                redeemed == 0 ? nil : LoyaltyDelta(customer: customerID, points: -redeemed, earned: 0)].compactMap { $0 }
    }

    var voucherDeltas: [VoucherDelta] {
        loads.map { VoucherDelta(code: $0.code, amount: $0.amount) } + vouchers.map { VoucherDelta(code: $0.code, amount: -$0.amount) }
    }

    /// Writes the movements under the sale's outbox event, the offline redemptions the allowance
    /// counts (as the open sale's holds say; a tender without a hold counts as offline), and the
    /// sale's points for its receipt; the terminal's holds are used up.
    func record(_ order: Order, context: SaleContext, eventSeq: Int64, _ db: Database) throws {
        let holds = try RedemptionHolds.take(terminalID: context.terminalID, db)
        for (lineID, code, amount) in loads {
            try AppDatabase.insertVoucherMovement(eventID: "\(order.id)/gift-card/\(lineID)", code: code, amount: amount, reason: "sale",
                                                  saleID: order.id, businessDay: context.businessDay, eventSeq: eventSeq,
                                                  at: context.completedAt, db)
        }
        for (position, code, amount) in vouchers {
            try AppDatabase.insertVoucherMovement(eventID: "\(order.id)/voucher/\(position)", code: code, amount: -amount, reason: "redeem",
                                                  saleID: order.id, businessDay: context.businessDay, eventSeq: eventSeq,
                                                  at: context.completedAt, db)
            if holds.offline(at: position, kind: "voucher", reference: code, amount: amount) {
                try RedemptionHolds.countOffline(eventID: "\(order.id)/voucher/\(position)", kind: "voucher", reference: code, amount: amount,
                                                 businessDay: context.businessDay, eventSeq: eventSeq, db)
            }
        }
        guard let customerID else { return }
        try AppDatabase.insertPoints(eventID: "\(order.id)/loyalty", customerID: customerID, points: earned, earned: earned, reason: "sale",
                                     saleID: order.id, refundID: nil, eventSeq: eventSeq, at: context.completedAt, db)
        try AppDatabase.insertPoints(eventID: "\(order.id)/loyalty/redeem", customerID: customerID, points: -redeemed, earned: 0,
                                     reason: "redeem", saleID: order.id, refundID: nil, eventSeq: eventSeq, at: context.completedAt, db)
        for (position, count, amount) in points where holds.offline(at: position, kind: "points", reference: String(count), amount: amount) {
            try RedemptionHolds.countOffline(eventID: "\(order.id)/points/\(position)", kind: "points", reference: customerID, amount: amount,
                                             businessDay: context.businessDay, eventSeq: eventSeq, db)
        }
        try db.cachedStatement(sql: """
            INSERT INTO sale_loyalty (sale_id, customer_id, earned, redeemed, balance_after) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [order.id, customerID, earned, redeemed, try AppDatabase.loyaltyAccount(customerID: customerID, db).balance])
    }
}
