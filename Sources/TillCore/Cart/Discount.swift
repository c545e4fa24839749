/// A manual discount on a line or on the whole sale.
public enum Discount: Hashable, Codable, Sendable {
    /// Percent in basis points: 10 % is 1000.
    case percent(basisPoints: Int64)
    /// A fixed amount in minor units.
    case amount(Int64)

    /// What this discount takes off `gross`, never more than `gross` itself.
    func value(on gross: Int64, currency: Currency, rounding: RoundingMode) throws(CartError) -> Int64 {
        switch self {
        case .percent(let bp):
            guard bp > 0 && bp <= 10_000 else { throw .badDiscount("percent must be above 0 and at most 100") }
            return try cartMoney { () throws(MoneyError) in try rounding.multiplyDivide(gross, bp, by: 10_000) }
        case .amount(let value):
            guard value > 0 else { throw .badDiscount("amount must be above zero") }
            guard value <= gross else { throw .badDiscount("\(Money.format(value, exponent: currency.exponent)) is more than the \(Money.format(gross, exponent: currency.exponent)) it applies to") }
            return value
        }
    }

    /// The discount as a share of `gross`, in basis points (for permission limits).
    public func basisPoints(of gross: Int64) -> Int64 {
        switch self {
        case .percent(let bp): return bp
        case .amount(let value): return gross == 0 ? 10_000 : (try? RoundingMode.up.multiplyDivide(value, 10_000, by: gross)) ?? 10_000
        }
    }
}
