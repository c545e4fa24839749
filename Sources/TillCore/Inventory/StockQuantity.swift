/// Reads the quantities people type for stock: whole items or a weight with up to 3 decimals, and a
/// sign where stock may go either way (an adjustment).
public enum StockQuantity {
    /// The most one line may move: a million items (or kilograms), far past any delivery, so a
    /// scan typed into the quantity field is refused rather than booked.
    public static let limit: Int64 = 1_000_000_000

    /// Reads "12", "0.250", or with `signed` "-3" and "+2"; zero is refused unless `allowingZero`
    /// (a reorder point may be zero, a movement never).
    public static func parse(_ text: String, signed: Bool = false, allowingZero: Bool = false) throws(InventoryError) -> Quantity {
        let trimmed = String(text.trimmingSpaces)
        var body = Substring(trimmed)
        var negative = false
        if signed, let first = body.first, first == "-" || first == "+" {
            negative = first == "-"
            body = body.dropFirst()
        }
        guard !body.hasPrefix("-"), !body.hasPrefix("+"),
              let magnitude = try? AmountParser(currency: Currency(code: "qty", exponent: 3)).parse(String(body)),
              magnitude > 0 || allowingZero && magnitude == 0, magnitude <= limit else {
            throw .badQuantity(trimmed, signed: signed)
        }
        return Quantity(thousandths: negative ? -magnitude : magnitude)
    }
}
