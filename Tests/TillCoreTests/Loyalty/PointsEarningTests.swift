import Testing
import TillCore

/// How a sale earns points: the rate, category factors, promotions, tiers, and what points paid.
@Suite struct PointsEarningTests {
    typealias F = LoyaltyFixture

    @Test func oneMajorUnitEarnsOnePointRoundedDownOverTheWholeSale() throws {
        // Given ten items at 0.55 (5.50 in all)
        let order = try F.order((1...10).map { ("item\($0)", 55, nil) })
        // When the standard program works out the points
        let earned = try F.standard.earned(by: order, tier: nil, at: F.tuesday10)
        // Then the sale earns 5 (not 0 per line)
        #expect(earned == PointsEarned(base: 5, tierBonus: 0, promotionBonus: 0))
        #expect(earned.total == 5)
    }

    @Test func aCategoryFactorWeighsItsLinesAndZeroEarnsNothing() throws {
        // Given coffee at double points and tobacco at none
        let program = try F.program(categories: ["coffee": 20_000, "tobacco": 0])
        let order = try F.order([("latte", 450, "coffee"), ("cigars", 2_000, "tobacco"), ("bread", 300, "bakery")])
        // Then 4.50 × 2 + 20.00 × 0 + 3.00 × 1 = 12.00 earns 12
        #expect(try program.earned(by: order, tier: nil, at: F.tuesday10).base == 12)
    }

    @Test func aPromotionMultipliesItsLinesAndAddsItsBonusOnlyWhileItRuns() throws {
        // Given double points on bakery mornings and 50 points for any coffee, on weekdays before 11:00
        let mornings = [TimeWindow(weekdays: [1, 2, 3, 4, 5], from: (7, 0), to: (11, 0))]
        let program = try F.program(promotions: [
            try PointsPromotion(name: "Bakery mornings", items: .category("bakery"), multiplier: try Multiplier(basisPoints: 20_000),
                                windows: mornings),
            try PointsPromotion(name: "Coffee bonus", items: .category("coffee"), bonus: 50, windows: mornings),
        ])
        let order = try F.order([("bread", 300, "bakery"), ("latte", 450, "coffee")])
        // When rung up at 10:00 on a Tuesday, then at 12:00
        let morning = try program.earned(by: order, tier: nil, at: F.tuesday10)
        let noon = try program.earned(by: order, tier: nil, at: LocalTime(weekday: 2, hour: 12, minute: 0))
        // Then the morning earns 3.00 × 2 + 4.50 = 10 and the bonus; noon only 7
        #expect(morning == PointsEarned(base: 10, tierBonus: 0, promotionBonus: 50))
        #expect(noon == PointsEarned(base: 7, tierBonus: 0, promotionBonus: 0))
    }

    @Test func aTierMultipliesWhatTheSpendEarnsNotTheBonus() throws {
        let gold = LoyaltyTier(name: "Gold", threshold: 1_000, multiplier: try Multiplier(basisPoints: 15_000))
        let program = try F.program(promotions: [try PointsPromotion(name: "Welcome", bonus: 20)], tiers: [gold])
        let order = try F.order([("coat", 9_990, nil)])
        // 99.90 earns 99; Gold adds half of it, rounded down
        #expect(try program.earned(by: order, tier: gold, at: F.tuesday10) == PointsEarned(base: 99, tierBonus: 49, promotionBonus: 20))
    }

    @Test func thePartPaidWithPointsEarnsNothing() throws {
        // Given 10.00 of which 4.00 paid with points
        let order = try F.order([("book", 1_000, nil)], points: 400)
        // Then only 6.00 earns
        #expect(try F.standard.earned(by: order, tier: nil, at: F.tuesday10).base == 6)
    }

    @Test func aFinerRateEarnsInProportion() throws {
        // 10 points per 1.00: 3.35 earns 33
        let program = try F.program(earnPoints: 10, per: 100)
        #expect(try program.earned(by: try F.order([("tea", 335, nil)]), tier: nil, at: F.tuesday10).base == 33)
    }

    @Test func pointsNeverExceedTheRateTimesTheSpendAndGrowWithIt() throws {
        // Property: for random baskets, ×1 factors earn exactly floor(total / 1.00), and adding an item never earns less.
        var random = SplitMix64(seed: 10)
        for _ in 0..<200 {
            let items = (0..<Int.random(in: 1...6, using: &random)).map { ("p\($0)", Int64.random(in: 1...5_000, using: &random), nil as String?) }
            let order = try F.order(items)
            let earned = try F.standard.earned(by: order, tier: nil, at: F.tuesday10)
            #expect(earned.base == order.priced.total / 100)
            let more = try F.order(items + [("extra", Int64.random(in: 1...5_000, using: &random), nil)])
            #expect(try F.standard.earned(by: more, tier: nil, at: F.tuesday10).base >= earned.base)
        }
    }
}
