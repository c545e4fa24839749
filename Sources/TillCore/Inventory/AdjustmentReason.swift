/// Why a person wrote stock up or down by hand, so shrinkage can be told apart in reports.
///
/// Most reasons only ever take goods away; counting the wrong way (a "theft" that adds stock) is
/// refused, so a sign slip is caught at the till. The raw values are stored and synced.
public enum AdjustmentReason: String, Codable, Hashable, Sendable, CaseIterable {
    case damage
    case theft
    case expired
    /// Used in the shop (cleaning, the staff's coffee).
    case ownUse = "own-use"
    /// Sent back to the supplier.
    case returnToSupplier = "return-to-supplier"
    /// Goods found that were not on the books.
    case found
    /// A correction after a count outside a count session.
    case countCorrection = "count-correction"
    /// Anything else; a note should say what.
    case other

    /// Which way the reason may move stock.
    public enum Direction: Sendable { case down, up, either }

    public var direction: Direction {
        switch self {
        case .damage, .theft, .expired, .ownUse, .returnToSupplier: .down
        case .found: .up
        case .countCorrection, .other: .either
        }
    }

    /// Words for screens and reports.
    public var label: String {
        switch self {
        case .damage: "damage"
        case .theft: "theft"
        case .expired: "expired"
        case .ownUse: "own use"
        case .returnToSupplier: "return to supplier"
        case .found: "found"
        case .countCorrection: "count correction"
        case .other: "other"
        }
    }

    /// Refuses a quantity of zero, or one that goes the wrong way for the reason.
    public func check(_ quantity: Quantity, product: String) throws(InventoryError) {
        guard quantity.thousandths != 0 else { throw .zeroQuantity(product: product) }
        switch (direction, quantity.thousandths > 0) {
        case (.down, true), (.up, false): throw .wrongDirection(self, quantity, product: product)
        default: break
        }
    }
}
