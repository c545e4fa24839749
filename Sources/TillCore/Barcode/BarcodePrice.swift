/// A price printed into a barcode as digits with an implied decimal point, kept exact until the
/// cart knows the currency, because a label's decimals need not match the currency's.
public struct BarcodePrice: Hashable, Sendable {
    /// The digits as a whole number: 199 with 2 decimals is 1.99.
    public let amount: Int64
    /// How many of the digits are after the decimal point.
    public let decimals: Int

    public init(amount: Int64, decimals: Int) {
        self.amount = amount
        self.decimals = decimals
    }

    /// The price in whole minor units of `currency`.
    ///
    /// Throws `.unreadable` when the label is more precise than the currency (1.995 in EUR), rather
    /// than rounding silently, and `.overflow` when it does not fit.
    public func money(in currency: Currency) throws(MoneyError) -> Money {
        let (shift, overflow) = currency.exponent.subtractingReportingOverflow(decimals)
        if overflow { throw .overflow }
        var factor: Int64 = 1
        for _ in 0..<shift.magnitude { factor = try Checked.multiply(factor, 10) }
        if shift >= 0 {
            return Money(minorUnits: try Checked.multiply(amount, factor), currency: currency)
        }
        guard amount.isMultiple(of: factor) else {
            throw .unreadable(text, reason: "has more decimals than \(currency.code) allows")
        }
        return Money(minorUnits: amount / factor, currency: currency)
    }

    /// The price written with its decimal point, e.g. "1.99".
    public var text: String {
        let digits = String(amount.magnitude)
        let sign = amount < 0 ? "-" : ""
        guard decimals > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        return sign + padded.dropLast(decimals) + "." + padded.suffix(decimals)
    }
}
