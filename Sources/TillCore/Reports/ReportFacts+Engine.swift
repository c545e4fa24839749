extension SaleFact {
    /// The facts of a completed order, exactly as the cart engine priced and paid it.
    ///
    /// The business day and the hour are the store's, which stamps the sale when it commits it.
    public init(_ order: Order, businessDay: BusinessDay, hour: Int) {
        let priced = order.priced
        self.init(
            staffID: order.staffID, businessDay: businessDay, hour: hour, training: order.training,
            itemCount: priced.itemCount, gross: priced.subtotal, discount: priced.discountTotal, total: priced.total,
            rounding: order.payment.rounding, change: order.payment.change, taxes: priced.taxLines, tenders: order.tenders,
            lines: priced.lines.map {
                ItemFact(productID: $0.line.productID, name: $0.line.name, categoryID: $0.line.categoryID,
                         quantity: $0.line.quantity, net: $0.net)
            },
            priceOverrides: priced.lines.count(where: { $0.line.priceOverride != nil }))
    }
}

extension VoidFact {
    /// The lines voided on `order`, each worth its gross at the price it was rung up at.
    public static func voidedLines(of order: Order, rounding: RoundingMode) throws(ReportError) -> [VoidFact] {
        try order.cart.lines.filter(\.voided).map { line throws(ReportError) in
            let value = try ReportMath.checked { () throws(MoneyError) in try line.gross(rounding: rounding) }
            return VoidFact(staffID: order.staffID, value: value, training: order.training)
        }
    }
}

extension RefundFact {
    /// The facts of a refund the calculator worked out; who gave it and when are the store's.
    public init(_ refund: Refund, staffID: String, businessDay: BusinessDay, training: Bool = false) {
        self.init(staffID: staffID, businessDay: businessDay, training: training, total: refund.total,
                  rounding: refund.rounding, taxes: refund.taxLines, tenders: refund.tenders)
    }
}
