/// Goods received from a supplier, as the person receiving them lists them: checked before anything
/// is stored, so a delivery is booked whole or not at all.
public struct Delivery: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public let productID: ProductID
        /// How the person knows the product (name or SKU), for messages.
        public let label: String
        public let quantity: Quantity
        /// Minor units per whole unit; nil when the cost is not known at the door.
        public let unitCost: Int64?

        public init(productID: ProductID, label: String, quantity: Quantity, unitCost: Int64?) throws(InventoryError) {
            guard quantity.thousandths > 0 else { throw .badQuantity(quantity.formatted, signed: false) }
            if let unitCost, unitCost < 0 { throw .negativeCost(product: label) }
            self.productID = productID
            self.label = label
            self.quantity = quantity
            self.unitCost = unitCost
        }

        /// The line's value at cost; nil without a cost.
        public func value() throws(InventoryError) -> Int64? {
            try unitCost.map { cost throws(InventoryError) in try StockValue.of(quantity, at: cost, product: label) }
        }
    }

    public let supplier: String?
    /// The supplier's delivery note or invoice number, which guards against booking it twice.
    public let reference: String?
    public let lines: [Line]

    public init(supplier: String?, reference: String?, lines: [Line]) throws(InventoryError) {
        guard !lines.isEmpty else { throw .emptyDelivery }
        self.supplier = supplier.flatMap(Self.nonBlank)
        self.reference = reference.flatMap(Self.nonBlank)
        self.lines = lines
    }

    /// The delivery's value at cost, over the lines that have one.
    public func value() throws(InventoryError) -> Int64 {
        var total: Int64 = 0
        for line in lines {
            guard let value = try line.value() else { continue }
            do { total = try Checked.add(total, value) } catch { throw .overflow(product: line.label) }
        }
        return total
    }

    private static func nonBlank(_ text: String) -> String? {
        let trimmed = String(text.trimmingSpaces)
        return trimmed.isEmpty ? nil : trimmed
    }
}
