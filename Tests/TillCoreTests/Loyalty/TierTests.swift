import Testing
import TillCore

/// Tiers by points earned in all: thresholds, the next tier, and the checks on a program's tiers.
@Suite struct TierTests {
    static let silver = LoyaltyTier(name: "Silver", threshold: 500, multiplier: try! Multiplier(basisPoints: 12_500))
    static let gold = LoyaltyTier(name: "Gold", threshold: 2_000, multiplier: try! Multiplier(basisPoints: 15_000))

    @Test(arguments: [(0, nil), (499, nil), (500, "Silver"), (1_999, "Silver"), (2_000, "Gold"), (90_000, "Gold")] as [(Int64, String?)])
    func theTierIsTheHighestThresholdReached(earned: Int64, tier: String?) throws {
        let program = try LoyaltyFixture.program(tiers: [Self.gold, Self.silver])
        #expect(program.tier(forEarned: earned)?.name == tier)
    }

    @Test func aCustomerMovesUpWhenASaleCrossesTheThreshold() throws {
        // Given a customer 10 points short of Silver
        let program = try LoyaltyFixture.program(tiers: [Self.silver, Self.gold])
        let before = LoyaltyAccount(balance: 100, earned: 490)
        #expect(program.tier(forEarned: before.earned) == nil)
        #expect(program.nextTier(afterEarned: before.earned) == Self.silver)
        // When a 25.00 sale earns 25 points (at no tier)
        let earned = try program.earned(by: try LoyaltyFixture.order([("shoes", 2_500, nil)]), tier: nil, at: LoyaltyFixture.tuesday10)
        // Then they are Silver, and the next sale earns a quarter more
        let after = LoyaltyAccount(balance: before.balance + earned.total, earned: before.earned + earned.total)
        #expect(program.tier(forEarned: after.earned) == Self.silver)
        #expect(program.nextTier(afterEarned: after.earned) == Self.gold)
        let next = try program.earned(by: try LoyaltyFixture.order([("socks", 800, nil)]), tier: Self.silver, at: LoyaltyFixture.tuesday10)
        #expect(next == PointsEarned(base: 8, tierBonus: 2, promotionBonus: 0))
    }

    @Test func tiersMustClimbWithNamesAndNoPenalty() throws {
        let earn = try PointsExchange(points: 1, amount: 100)
        #expect(throws: LoyaltyError.badTiers("Silver and Gold both start at 500 points")) {
            try LoyaltyProgram(earn: earn, tiers: [Self.silver, LoyaltyTier(name: "Gold", threshold: 500)], redeem: nil)
        }
        #expect(throws: LoyaltyError.badTiers("two tiers have the same name")) {
            try LoyaltyProgram(earn: earn, tiers: [Self.silver, LoyaltyTier(name: "silver", threshold: 900)], redeem: nil)
        }
        #expect(throws: LoyaltyError.badTiers("Bronze would earn less than no tier (×0.5)")) {
            try LoyaltyProgram(earn: earn, tiers: [LoyaltyTier(name: "Bronze", threshold: 0, multiplier: try Multiplier(basisPoints: 5_000))],
                               redeem: nil)
        }
        #expect(throws: LoyaltyError.badMultiplier(basisPoints: -1)) { try Multiplier(basisPoints: -1) }
        #expect(throws: LoyaltyError.badExchange(points: 0, amount: 100)) { try PointsExchange(points: 0, amount: 100) }
        #expect(throws: LoyaltyError.badPromotion(name: "Nothing", reason: "give it a multiplier other than 1 or a bonus")) {
            try PointsPromotion(name: "Nothing")
        }
        #expect(Self.silver.multiplier.description == "×1.25")
    }
}
