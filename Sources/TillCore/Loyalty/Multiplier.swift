/// A factor on points in basis points (10 000 is ×1), so ×1.25 and ×0.5 stay exact whole numbers
/// and every lane multiplies to the same point.
public struct Multiplier: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let basisPoints: Int64

    /// ×1: points as the spend earns them.
    public static let one = Multiplier(unchecked: 10_000)
    /// The largest factor a program may set (×100): beyond it a typo, not a promotion.
    static let largest: Int64 = 1_000_000

    /// A factor from 0 (earns nothing) to ×100.
    public init(basisPoints: Int64) throws(LoyaltyError) {
        guard (0...Self.largest).contains(basisPoints) else { throw .badMultiplier(basisPoints: basisPoints) }
        self.basisPoints = basisPoints
    }

    private init(unchecked basisPoints: Int64) {
        self.basisPoints = basisPoints
    }

    /// The factor of both, rounded down to a basis point.
    public func combined(with other: Multiplier) -> Multiplier {
        Multiplier(unchecked: basisPoints * other.basisPoints / 10_000)
    }

    public static func < (a: Multiplier, b: Multiplier) -> Bool { a.basisPoints < b.basisPoints }

    /// "×1.25", "×2", "×0".
    public var description: String { "×" + Self.text(basisPoints) }

    /// Basis points as a decimal factor without trailing zeros: 12 500 is "1.25".
    public static func text(_ basisPoints: Int64) -> String {
        var text = Money.format(basisPoints, exponent: 4)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

/// Points and the amount of money that stand for each other: "1 point per 1.00 spent" when earning,
/// "100 points are worth 1.00" when paying.
public struct PointsExchange: Hashable, Sendable {
    public let points: Int64
    /// Minor units.
    public let amount: Int64

    public init(points: Int64, amount: Int64) throws(LoyaltyError) {
        guard points > 0, amount > 0 else { throw .badExchange(points: points, amount: amount) }
        self.points = points
        self.amount = amount
    }
}
