/// The store's loyalty rules: how spend earns points, which categories and promotions earn more,
/// the tiers, and what points are worth at the till.
///
/// Every terminal of a store must hold the same program, as they hold the same tax rules: a sale
/// earns what its lane's program says, and the hub only adds up what lanes sent.
public struct LoyaltyProgram: Hashable, Sendable {
    /// Points per amount spent ("1 point per 1.00").
    public let earn: PointsExchange
    /// Factors on lines by category id; a category not listed earns ×1, one set to ×0 earns nothing.
    public let categoryMultipliers: [String: Multiplier]
    public let promotions: [PointsPromotion]
    /// From the lowest threshold up.
    public let tiers: [LoyaltyTier]
    /// What points are worth when they pay ("100 points are worth 1.00"); nil when they cannot pay.
    public let redeem: PointsExchange?

    public init(earn: PointsExchange, categoryMultipliers: [String: Multiplier] = [:], promotions: [PointsPromotion] = [],
                tiers: [LoyaltyTier] = [], redeem: PointsExchange?) throws(LoyaltyError) {
        let sorted = tiers.sorted { $0.threshold < $1.threshold }
        if let blank = sorted.first(where: { $0.name.isEmpty }) { throw .badTiers("the tier at \(blank.threshold) points has no name") }
        if let negative = sorted.first(where: { $0.threshold < 0 }) {
            throw .badTiers("\(negative.name) starts below zero points")
        }
        for (lower, upper) in zip(sorted, sorted.dropFirst()) where lower.threshold == upper.threshold {
            throw .badTiers("\(lower.name) and \(upper.name) both start at \(lower.threshold) points")
        }
        if Set(sorted.map { $0.name.lowercased() }).count != sorted.count { throw .badTiers("two tiers have the same name") }
        if let weak = sorted.first(where: { $0.multiplier < .one }) {
            throw .badTiers("\(weak.name) would earn less than no tier (\(weak.multiplier))")
        }
        self.earn = earn
        self.categoryMultipliers = categoryMultipliers
        self.promotions = promotions
        self.tiers = sorted
        self.redeem = redeem
    }

    /// The program a store gets until it sets its own: 1 point per major unit spent, 100 points worth
    /// one major unit, no tiers, multipliers or promotions.
    public static func standard(for currency: Currency) -> LoyaltyProgram {
        let unit = currency.minorPerMajor
        // Both exchanges have points and amounts above zero, so these cannot fail.
        return try! LoyaltyProgram(earn: PointsExchange(points: 1, amount: unit), redeem: PointsExchange(points: 100, amount: unit))
    }

    /// The tier a customer with `earned` points earned in all is in; nil below the first threshold.
    public func tier(forEarned earned: Int64) -> LoyaltyTier? {
        tiers.last { $0.threshold <= earned }
    }

    /// The next tier up from `earned` points, nil at the top.
    public func nextTier(afterEarned earned: Int64) -> LoyaltyTier? {
        tiers.first { $0.threshold > earned }
    }
}
