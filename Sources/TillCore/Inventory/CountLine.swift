/// Whether a count covers everything at its location or only what was counted.
public enum CountScope: String, Codable, Hashable, Sendable, CaseIterable {
    /// Every product at the location is counted: one nobody counted is taken as none left.
    case full
    /// Only the products counted change; the rest keep their level (a shelf, a category).
    case partial
}

/// One product on a count sheet: what the books said when the count started, and what was counted.
///
/// The expected quantity and unit cost are frozen when the session starts, so sales rung up while
/// people count do not move the target; the variance is booked on top of them when it is posted.
public struct CountLine: Hashable, Sendable {
    public let productID: ProductID
    /// How people know the product (name or SKU), for messages and the report.
    public let label: String
    public let expected: Quantity
    /// Minor units per whole unit at the start; nil when the cost is unknown.
    public let unitCost: Int64?
    /// Nil until someone counts it.
    public private(set) var counted: Quantity?

    public init(productID: ProductID, label: String, expected: Quantity, unitCost: Int64?, counted: Quantity? = nil) {
        self.productID = productID
        self.label = label
        self.expected = expected
        self.unitCost = unitCost
        self.counted = counted
    }

    /// Adds to the count: a scan adds one, a typed number adds that many, and a negative number takes
    /// a miscount back; the count never goes below zero.
    public mutating func add(_ quantity: Quantity) throws(InventoryError) {
        let (total, overflow) = (counted?.thousandths ?? 0).addingReportingOverflow(quantity.thousandths)
        guard !overflow else { throw .overflow(product: label) }
        try set(Quantity(thousandths: total))
    }

    /// Replaces the count with what was recounted.
    public mutating func set(_ quantity: Quantity) throws(InventoryError) {
        guard quantity.thousandths >= 0 else { throw .countBelowZero(product: label, counted: quantity) }
        counted = quantity
    }

    /// Counted less expected; in a full count an uncounted product counts as zero, in a partial one
    /// it has no variance (nil).
    public func variance(in scope: CountScope) -> Quantity? {
        guard let counted = counted ?? (scope == .full ? Quantity(thousandths: 0) : nil) else { return nil }
        return Quantity(thousandths: counted.thousandths - expected.thousandths)
    }
}
