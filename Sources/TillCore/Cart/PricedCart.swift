/// One line with every amount that makes up its price, as the receipt and reports show it.
public struct PricedLine: Hashable, Codable, Sendable {
    public let line: CartLine
    /// Quantity × price, before discounts.
    public let gross: Int64
    public let lineDiscount: Int64
    public let promotionDiscount: Int64
    /// This line's share of the discount on the whole sale.
    public let orderDiscount: Int64
    /// What the line sells for in price-list terms (tax included when the store prices inclusively).
    public let net: Int64
    /// Tax by class code.
    public let tax: [String: Int64]
    /// What the customer pays for this line: net, plus tax when tax is added at the till.
    public let total: Int64

    public var discountTotal: Int64 { lineDiscount + promotionDiscount + orderDiscount }
    public var taxTotal: Int64 { tax.values.reduce(0, +) }
}

/// A cart with every amount computed: the one source of the figures on screen, on paper and in reports.
public struct PricedCart: Hashable, Codable, Sendable {
    public let currency: Currency
    public let mode: TaxMode
    public let taxExempt: Bool
    /// Active lines only, in cart order; voided lines stay on the cart.
    public let lines: [PricedLine]
    public let promotions: [AppliedPromotion]
    public let orderDiscount: Int64
    public let taxLines: [TaxLine]

    /// The priced lines by cart line id, for joining them back to the cart's lines (voided ones have none).
    public var linesByID: [Int: PricedLine] {
        Dictionary(uniqueKeysWithValues: lines.map { ($0.line.id, $0) })
    }

    /// Σ gross.
    public var subtotal: Int64 { lines.reduce(0) { $0 + $1.gross } }
    public var discountTotal: Int64 { lines.reduce(0) { $0 + $1.discountTotal } }
    public var taxTotal: Int64 { taxLines.reduce(0) { $0 + $1.tax } }
    /// What the customer owes before cash rounding.
    public var total: Int64 { lines.reduce(0) { $0 + $1.total } }
    public var itemCount: Quantity {
        Quantity(thousandths: lines.reduce(0) { $0 + ($1.line.unit == .each ? $1.line.quantity.thousandths : 1000) })
    }
}
