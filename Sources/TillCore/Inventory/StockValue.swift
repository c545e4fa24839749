/// The value of a quantity at a unit cost, rounded half-up to the minor unit, so a count's variance
/// and a delivery's total are worked out the same way everywhere.
public enum StockValue {
    /// `quantity` (thousandths) at `unitCost` minor units per whole unit.
    public static func of(_ quantity: Quantity, at unitCost: Int64, product: String) throws(InventoryError) -> Int64 {
        do {
            return try RoundingMode.halfUp.multiplyDivide(quantity.thousandths, unitCost, by: 1000)
        } catch {
            throw .overflow(product: product)
        }
    }
}
