/// An amount of money in whole minor units of one currency, with checked arithmetic.
///
/// Every operation that could overflow throws `MoneyError.overflow` instead of trapping, so a
/// mistyped 20-digit price becomes a message on the status line, not a crash at the till.
public struct Money: Hashable, Codable, Sendable {
    public let minorUnits: Int64
    public let currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    public var isZero: Bool { minorUnits == 0 }
    public var isNegative: Bool { minorUnits < 0 }

    public func adding(_ other: Money) throws(MoneyError) -> Money {
        try sameCurrency(other)
        return Money(minorUnits: try Checked.add(minorUnits, other.minorUnits), currency: currency)
    }

    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        try sameCurrency(other)
        return Money(minorUnits: try Checked.subtract(minorUnits, other.minorUnits), currency: currency)
    }

    public func negated() throws(MoneyError) -> Money {
        Money(minorUnits: try Checked.subtract(0, minorUnits), currency: currency)
    }

    public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
        Money(minorUnits: try Checked.multiply(minorUnits, factor), currency: currency)
    }

    /// This amount × `numerator` / `denominator`, rounded once by `mode`.
    public func scaled(_ numerator: Int64, per denominator: Int64, rounding mode: RoundingMode) throws(MoneyError) -> Money {
        Money(minorUnits: try mode.multiplyDivide(minorUnits, numerator, by: denominator), currency: currency)
    }

    /// Splits the amount into parts proportional to `weights` that add up exactly to it (largest remainder).
    public func allocated(_ weights: [Int64]) throws(MoneyError) -> [Money] {
        try Allocation.split(minorUnits, weights: weights).map { Money(minorUnits: $0, currency: currency) }
    }

    private func sameCurrency(_ other: Money) throws(MoneyError) {
        guard currency == other.currency else { throw .currencyMismatch(currency.code, other.currency.code) }
    }
}

extension Money: Comparable {
    /// Orders amounts of the same currency; amounts of different currencies order by code first.
    public static func < (a: Money, b: Money) -> Bool {
        a.currency == b.currency ? a.minorUnits < b.minorUnits : a.currency.code < b.currency.code
    }
}
