extension Money {
    /// The amount as a receipt or screen shows it: "3.50", "-0.05", "1200" for JPY; no grouping.
    public func formatted(decimalSeparator: Character = ".") -> String {
        Money.format(minorUnits, exponent: currency.exponent, decimalSeparator: decimalSeparator)
    }

    /// Minor units written with `exponent` decimal places.
    public static func format(_ minorUnits: Int64, exponent: Int, decimalSeparator: Character = ".") -> String {
        let sign = minorUnits < 0 ? "-" : ""
        let digits = String(minorUnits.magnitude)
        guard exponent > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, exponent + 1 - digits.count)) + digits
        let split = padded.index(padded.endIndex, offsetBy: -exponent)
        return sign + padded[..<split] + String(decimalSeparator) + padded[split...]
    }
}
