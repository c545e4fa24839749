/// One completed sale as a report needs it: the `sale` row with its tax, tender and line rows.
///
/// Amounts are minor units as the sale was priced. `gross` and `discount` are in price-list terms
/// (tax included when the store prices inclusively); `total` is what the customer owed before cash
/// rounding, tax as charged. A training sale comes in flagged and counts for nothing but its count.
public struct SaleFact: Hashable, Sendable {
    public let staffID: String
    public let businessDay: BusinessDay
    /// The local hour the sale completed, 0–23.
    public let hour: Int
    public let training: Bool
    public let itemCount: Quantity
    /// Quantity × price over the active lines, before discounts.
    public let gross: Int64
    public let discount: Int64
    public let total: Int64
    /// The cash rounding line: negative when the cash due was rounded down.
    public let rounding: Int64
    /// Cash handed back; it always leaves the drawer, whatever tender overpaid.
    public let change: Int64
    public let taxes: [TaxLine]
    /// What the customer handed over, before change.
    public let tenders: [Tender]
    public let lines: [ItemFact]
    /// Lines sold at a hand-set price.
    public let priceOverrides: Int

    public init(
        staffID: String, businessDay: BusinessDay, hour: Int, training: Bool = false, itemCount: Quantity,
        gross: Int64, discount: Int64, total: Int64, rounding: Int64 = 0, change: Int64 = 0,
        taxes: [TaxLine], tenders: [Tender], lines: [ItemFact] = [], priceOverrides: Int = 0
    ) {
        self.staffID = staffID
        self.businessDay = businessDay
        self.hour = hour
        self.training = training
        self.itemCount = itemCount
        self.gross = gross
        self.discount = discount
        self.total = total
        self.rounding = rounding
        self.change = change
        self.taxes = taxes
        self.tenders = tenders
        self.lines = lines
        self.priceOverrides = priceOverrides
    }
}

/// One sold line, for the category and item figures: its net is after every discount, before refunds.
public struct ItemFact: Hashable, Sendable {
    public let productID: ProductID
    public let name: String
    public let categoryID: String?
    public let quantity: Quantity
    /// Price-list terms, as `PricedLine.net`.
    public let net: Int64

    public init(productID: ProductID, name: String, categoryID: String?, quantity: Quantity, net: Int64) {
        self.productID = productID
        self.name = name
        self.categoryID = categoryID
        self.quantity = quantity
        self.net = net
    }
}
