/// When to reorder a product at a location, and in what multiples (the supplier's case size).
public struct ReorderLevel: Hashable, Sendable, Codable {
    /// At or below this level the product is low.
    public let point: Quantity
    /// Orders go in multiples of this.
    public let quantity: Quantity

    public init(point: Quantity, quantity: Quantity, product: String) throws(InventoryError) {
        guard point.thousandths >= 0, quantity.thousandths > 0, point.thousandths <= StockQuantity.limit,
              quantity.thousandths <= StockQuantity.limit else { throw .badReorderLevel(product: product) }
        self.point = point
        self.quantity = quantity
    }

    /// Whether `level` calls for an order.
    public func isLow(_ level: Quantity) -> Bool { level <= point }

    /// The fewest whole multiples of the order quantity that lift `level` above the reorder point;
    /// zero when it is not low.
    public func suggestedOrder(for level: Quantity) -> Quantity {
        guard isLow(level) else { return Quantity(thousandths: 0) }
        let (gap, overflow) = point.thousandths.subtractingReportingOverflow(level.thousandths)
        let multiples = overflow ? Int64.max / quantity.thousandths : min(gap / quantity.thousandths + 1, Int64.max / quantity.thousandths)
        return Quantity(thousandths: multiples * quantity.thousandths)
    }
}

/// A product that is low at a location, with what to order.
public struct LowStockEntry: Hashable, Sendable {
    public let onHand: StockOnHand
    public let reorder: ReorderLevel
    public let suggested: Quantity

    /// The low entries among `levels`, the most urgent (furthest below its point) first.
    public static func list(_ levels: [(StockOnHand, ReorderLevel)]) -> [LowStockEntry] {
        levels.filter { $0.1.isLow($0.0.quantity) }
            .map { LowStockEntry(onHand: $0.0, reorder: $0.1, suggested: $0.1.suggestedOrder(for: $0.0.quantity)) }
            .sorted { ($0.onHand.quantity.thousandths - $0.reorder.point.thousandths, $0.onHand.sku)
                < ($1.onHand.quantity.thousandths - $1.reorder.point.thousandths, $1.onHand.sku) }
    }
}
