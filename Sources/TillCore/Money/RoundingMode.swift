/// How an exact quotient becomes a whole number of minor units.
public enum RoundingMode: String, Codable, Sendable, CaseIterable {
    /// Half away from zero: 2.5 → 3, −2.5 → −3 (the default, and what most tax law expects).
    case halfUp = "half-up"
    /// Half to the even neighbour (banker's rounding).
    case halfEven = "half-even"
    /// Toward zero.
    case down
    /// Away from zero.
    case up
}

extension RoundingMode {
    /// `numerator / denominator` rounded by this mode, computed exactly in 128 bits.
    public func divide(_ numerator: Int64, by denominator: Int64) throws(MoneyError) -> Int64 {
        try divide(Wide(numerator), by: denominator)
    }

    /// `a × b / denominator` rounded by this mode, without overflow in the product.
    public func multiplyDivide(_ a: Int64, _ b: Int64, by denominator: Int64) throws(MoneyError) -> Int64 {
        try divide(Wide(a).multiplied(by: b), by: denominator)
    }

    func divide(_ numerator: Wide, by denominator: Int64) throws(MoneyError) -> Int64 {
        guard denominator != 0 else { throw .divisionByZero }
        let negative = numerator.negative != (denominator < 0)
        let d = UInt128(denominator.magnitude)
        let (q, r) = numerator.magnitude.quotientAndRemainder(dividingBy: d)
        var magnitude = q
        if r != 0 {
            let twice = r * 2
            let beyondHalf = twice > d
            let exactlyHalf = twice == d
            switch self {
            case .down: break
            case .up: magnitude += 1
            case .halfUp: if beyondHalf || exactlyHalf { magnitude += 1 }
            case .halfEven: if beyondHalf || (exactlyHalf && q % 2 == 1) { magnitude += 1 }
            }
        }
        guard magnitude <= (negative ? UInt128(Int64.max) + 1 : UInt128(Int64.max)) else { throw .overflow }
        if negative { return magnitude == UInt128(Int64.max) + 1 ? .min : -Int64(magnitude) }
        return Int64(magnitude)
    }
}

/// A signed 128-bit intermediate, kept as sign and magnitude so rounding reads plainly.
struct Wide {
    var negative: Bool
    var magnitude: UInt128

    init(_ value: Int64) {
        negative = value < 0
        magnitude = UInt128(value.magnitude)
    }

    func multiplied(by factor: Int64) -> Wide {
        var result = self
        result.negative = negative != (factor < 0) && magnitude != 0 && factor != 0
        result.magnitude = magnitude * UInt128(factor.magnitude)
        return result
    }
}
