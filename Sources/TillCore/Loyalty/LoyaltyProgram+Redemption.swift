extension TenderKind {
    /// Loyalty points paying part of a sale; the tender's reference holds how many points.
    ///
    /// Spelt as `.other("points")` rather than a case of its own, so stored orders, reports and
    /// receipts read it with the code they already have.
    public static let points = TenderKind.other("points")
}

/// Points spent on a sale and the money they stand for.
public struct PointsRedemption: Hashable, Sendable {
    public let points: Int64
    /// Minor units.
    public let amount: Int64

    public init(points: Int64, amount: Int64) {
        self.points = points
        self.amount = amount
    }

    /// The tender that pays with these points.
    public var tender: Tender { Tender(kind: .points, amount: amount, reference: String(points)) }
}

extension LoyaltyProgram {
    /// What `points` are worth, in minor units, rounded down (the store never pays a fraction more).
    public func value(ofPoints points: Int64) throws(LoyaltyError) -> Int64 {
        guard let redeem else { throw .pointsNotRedeemable }
        return try Self.checked { () throws(MoneyError) in try RoundingMode.down.multiplyDivide(points, redeem.amount, by: redeem.points) }
    }

    /// The points a customer with `balance` spends on a sale still owing `due`: `requested` points,
    /// or when nil as many as pay for the rest without paying more than is due.
    public func redemption(requested: Int64?, balance: Int64, due: Money) throws(LoyaltyError) -> PointsRedemption {
        guard let redeem else { throw .pointsNotRedeemable }
        guard due.minorUnits > 0 else { throw .nothingDue }
        let covering = try Self.checked { () throws(MoneyError) in
            try RoundingMode.down.multiplyDivide(due.minorUnits, redeem.points, by: redeem.amount)
        }
        let points = requested ?? min(max(balance, 0), covering)
        guard points > 0, points <= balance else { throw .notEnoughPoints(requested: max(points, 1), balance: balance) }
        let amount = try value(ofPoints: points)
        guard amount > 0 else { throw .pointsWorthNothing(points) }
        guard amount <= due.minorUnits else {
            throw .exceedsDue(offered: Money(minorUnits: amount, currency: due.currency), due: due)
        }
        return PointsRedemption(points: points, amount: amount)
    }
}
