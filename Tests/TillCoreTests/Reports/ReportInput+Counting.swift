import TillCore

/// Counts whole orders and refunds the way the store's commits do, so the hand-worked days are rung
/// up through the real cart engine and reach the report as counts.
extension ReportInput {
    /// One sale, completed at `hour` on `day`, as one row of each counter it touches.
    mutating func count(_ order: Order, on day: BusinessDay, hour: Int) {
        let training = order.training
        sales.append(SalesCount(businessDay: day, hour: hour, staffID: order.staffID, training: training, figures: SaleFigures(order)))
        items += order.priced.lines.filter { !$0.line.isGiftCard }.map {
            ItemCount(ItemFact(productID: $0.line.productID, name: $0.line.name, categoryID: $0.line.categoryID,
                               quantity: $0.line.quantity, net: $0.net), training: training)
        }
        taxes += order.priced.taxLines.map { TaxCount($0, training: training) }
        tenders += order.tenders.map { TenderCount(kind: $0.kind, payments: 1, amount: $0.amount, training: training) }
        voids += order.cart.lines.filter(\.voided).map {
            VoidCount(staffID: order.staffID, training: training, unitPrice: $0.effectivePrice, quantity: $0.quantity,
                      pricedPer: $0.pricedPer)
        }
    }

    /// One refund `staffID` paid out on `day`.
    mutating func count(_ refund: Refund, by staffID: String, on day: BusinessDay, training: Bool = false) {
        refunds.append(RefundCount(businessDay: day, staffID: staffID, training: training, refunds: 1, total: refund.total,
                                   rounding: refund.rounding))
        taxes += refund.taxLines.map { TaxCount($0, refund: true, training: training) }
        tenders += refund.tenders.map { TenderCount(kind: $0.kind, payments: 1, amount: $0.amount, refund: true, training: training) }
    }
}
