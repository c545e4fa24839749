/// What the value digits of a variable-measure barcode stand for, so the cart knows whether to
/// charge the printed price, price by weight or multiply by a count.
public enum EmbeddedValue: Hashable, Sendable {
    /// The price of this pack, as printed by the scale.
    case price(BarcodePrice)
    /// The net weight of this pack.
    case weight(grams: Int64)
    /// The number of pieces in this pack.
    case count(Int64)
}
