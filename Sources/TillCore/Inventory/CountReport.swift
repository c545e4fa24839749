/// What a count found: each product whose count differs from the books, and the loss or gain at
/// cost, as a manager reads it before posting.
public struct CountReport: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public let productID: ProductID
        public let label: String
        public let expected: Quantity
        /// What was counted; zero for a product nobody counted in a full count.
        public let counted: Quantity
        /// Counted less expected: what posting the count books.
        public let variance: Quantity
        /// The variance at cost (negative: a loss); nil when the product has no cost.
        public let value: Int64?
    }

    public let scope: CountScope
    /// Products whose count differs from the books, in sheet order.
    public let lines: [Line]
    /// Products counted, and products on the sheet nobody counted.
    public let counted: Int
    public let uncounted: Int
    /// The value of what is missing (negative or zero) and of what was found over (positive or zero).
    public let shortValue: Int64
    public let overValue: Int64
    /// Lines with a variance but no cost, left out of the values.
    public let uncosted: Int

    public init(sheet: [CountLine], scope: CountScope) throws(InventoryError) {
        var lines: [Line] = []
        var short: Int64 = 0
        var over: Int64 = 0
        var uncosted = 0
        for line in sheet {
            guard let variance = line.variance(in: scope), variance.thousandths != 0 else { continue }
            let value = try line.unitCost.map { cost throws(InventoryError) in try StockValue.of(variance, at: cost, product: line.label) }
            do {
                switch value {
                case let value? where value < 0: short = try Checked.add(short, value)
                case let value?: over = try Checked.add(over, value)
                case nil: uncosted += 1
                }
            } catch {
                throw .overflow(product: line.label)
            }
            lines.append(Line(productID: line.productID, label: line.label, expected: line.expected,
                              counted: Quantity(thousandths: line.expected.thousandths + variance.thousandths),
                              variance: variance, value: value))
        }
        self.scope = scope
        self.lines = lines
        counted = sheet.count { $0.counted != nil }
        uncounted = sheet.count - counted
        shortValue = short
        overValue = over
        self.uncosted = uncosted
    }

    /// The net value of the variances: what posting the count adds to (or takes from) the stock's value.
    /// A loss and a gain have opposite signs, so their sum cannot overflow.
    public var netValue: Int64 { shortValue + overValue }
}
