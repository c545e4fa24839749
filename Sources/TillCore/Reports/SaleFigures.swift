/// What a number of completed sales came to: the figures the sale commit adds to its running counters.
///
/// Amounts are minor units as the sales were priced. `gross` and `discount` are in price-list terms
/// (tax included when the store prices inclusively); `total` is what the customers owed before cash
/// rounding, tax as charged.
public struct SaleFigures: Hashable, Sendable {
    public let sales: Int
    public let items: Quantity
    /// Quantity × price over the active lines, before discounts.
    public let gross: Int64
    public let discount: Int64
    public let total: Int64
    /// The cash rounding lines: negative when the cash due was rounded down.
    public let rounding: Int64
    /// Cash handed back; it always leaves the drawer, whatever tender overpaid.
    public let change: Int64
    /// Lines sold at a hand-set price.
    public let priceOverrides: Int
    /// Value put on gift cards: money taken and owed to the card holders, outside every figure above.
    public let giftCards: Tally

    public init(sales: Int, items: Quantity, gross: Int64, discount: Int64, total: Int64, rounding: Int64 = 0, change: Int64 = 0,
                priceOverrides: Int = 0, giftCards: Tally = Tally()) {
        self.sales = sales
        self.items = items
        self.gross = gross
        self.discount = discount
        self.total = total
        self.rounding = rounding
        self.change = change
        self.priceOverrides = priceOverrides
        self.giftCards = giftCards
    }

    /// One completed order's figures, exactly as the cart engine priced and paid it.
    /// Gift card lines count apart, in `giftCards`; tips apart from everything (`TipCount`).
    public init(_ order: Order) {
        let goods = order.priced.lines.filter { $0.line.owed == nil }
        let loads = order.priced.lines.filter(\.line.isGiftCard)
        let items = goods.reduce(0) { $0 + ($1.line.unit == .each ? $1.line.quantity.thousandths : 1000) }
        self.init(sales: 1, items: Quantity(thousandths: items), gross: goods.reduce(0) { $0 + $1.gross },
                  discount: goods.reduce(0) { $0 + $1.discountTotal }, total: goods.reduce(0) { $0 + $1.total },
                  rounding: order.payment.rounding, change: order.payment.change,
                  priceOverrides: goods.count(where: { $0.line.priceOverride != nil }),
                  giftCards: Tally(count: loads.count, amount: loads.reduce(0) { $0 + $1.total }))
    }

    /// No sales at all.
    static let none = SaleFigures(sales: 0, items: Quantity(thousandths: 0), gross: 0, discount: 0, total: 0)

    /// `figures` added up, with overflow checked.
    static func sum(_ figures: [SaleFigures]) throws(ReportError) -> SaleFigures {
        var total = SaleFigures.none
        for next in figures { total = try total.adding(next) }
        return total
    }

    private func adding(_ other: SaleFigures) throws(ReportError) -> SaleFigures {
        SaleFigures(
            sales: try ReportMath.add(sales, other.sales),
            items: Quantity(thousandths: try ReportMath.add(items.thousandths, other.items.thousandths)),
            gross: try ReportMath.add(gross, other.gross), discount: try ReportMath.add(discount, other.discount),
            total: try ReportMath.add(total, other.total), rounding: try ReportMath.add(rounding, other.rounding),
            change: try ReportMath.add(change, other.change), priceOverrides: try ReportMath.add(priceOverrides, other.priceOverrides),
            giftCards: try giftCards.adding(other.giftCards))
    }
}
