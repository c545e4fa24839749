import TillCore

/// Programs and paid orders for the loyalty tests, priced by the real cart.
enum LoyaltyFixture {
    static let chf = Fixture.chf
    static let tuesday10 = LocalTime(weekday: 2, hour: 10, minute: 0)

    static func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: chf) }

    /// 1 point per 1.00, 100 points worth 1.00, as a store gets by default.
    static let standard = LoyaltyProgram.standard(for: chf)

    static func program(categories: [String: Int64] = [:], promotions: [PointsPromotion] = [], tiers: [LoyaltyTier] = [],
                        earnPoints: Int64 = 1, per amount: Int64 = 100) throws -> LoyaltyProgram {
        try LoyaltyProgram(earn: PointsExchange(points: earnPoints, amount: amount),
                           categoryMultipliers: categories.mapValues { try! Multiplier(basisPoints: $0) },
                           promotions: promotions, tiers: tiers, redeem: PointsExchange(points: 100, amount: 100))
    }

    /// A paid order of `items` (product id, price, category), the last `points` minor units paid with points.
    static func order(_ items: [(String, Int64, String?)], points: Int64 = 0) throws -> Order {
        let context = try Fixture.swissContext()
        var cart = Cart(currency: chf, openedAt: tuesday10)
        for (id, price, category) in items {
            try cart.add(Fixture.product(id, price, category: category), at: tuesday10)
        }
        if points > 0 { try cart.addTender(.points, amount: points, reference: String(points), context: context) }
        let due = try cart.payment(context).remaining
        if due > 0 { try cart.addTender(.card, amount: due, context: context) }
        return try cart.complete(id: "o-1", staffID: "s-1", context: context)
    }
}
