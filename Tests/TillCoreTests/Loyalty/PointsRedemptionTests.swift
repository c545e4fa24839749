import Testing
import TillCore

/// Points paying part of a sale at the program's value, and given back exactly by refunds.
@Suite struct PointsRedemptionTests {
    typealias F = LoyaltyFixture

    @Test func withoutANumberAsManyPointsAsPayTheRestAreSpent() throws {
        // 100 points are worth 1.00: 12.34 due, 5000 points held
        let redemption = try F.standard.redemption(requested: nil, balance: 5_000, due: F.money(1_234))
        #expect(redemption == PointsRedemption(points: 1_234, amount: 1_234))
        #expect(redemption.tender == Tender(kind: .points, amount: 1_234, reference: "1234"))
        // Fewer points than due: all of them
        #expect(try F.standard.redemption(requested: nil, balance: 300, due: F.money(1_234)) == PointsRedemption(points: 300, amount: 300))
    }

    @Test func aCoarserValueRoundsTheMoneyDown() throws {
        // 200 points are worth 1.00: 333 points pay 1.66
        let program = try LoyaltyProgram(earn: PointsExchange(points: 1, amount: 100), redeem: PointsExchange(points: 200, amount: 100))
        #expect(try program.redemption(requested: 333, balance: 1_000, due: F.money(500)) == PointsRedemption(points: 333, amount: 166))
        #expect(throws: LoyaltyError.pointsWorthNothing(1)) { try program.redemption(requested: 1, balance: 1_000, due: F.money(500)) }
    }

    @Test func refusalsSayWhatIsWrong() throws {
        #expect(throws: LoyaltyError.notEnoughPoints(requested: 600, balance: 500)) {
            try F.standard.redemption(requested: 600, balance: 500, due: F.money(1_000))
        }
        #expect(throws: LoyaltyError.exceedsDue(offered: F.money(900), due: F.money(800))) {
            try F.standard.redemption(requested: 900, balance: 5_000, due: F.money(800))
        }
        #expect(throws: LoyaltyError.nothingDue) { try F.standard.redemption(requested: nil, balance: 5_000, due: F.money(0)) }
        let notRedeemable = try LoyaltyProgram(earn: PointsExchange(points: 1, amount: 100), redeem: nil)
        #expect(throws: LoyaltyError.pointsNotRedeemable) { try notRedeemable.redemption(requested: nil, balance: 5, due: F.money(5)) }
        #expect(LoyaltyError.exceedsDue(offered: F.money(900), due: F.money(800)).description
            == "That is worth 9.00, more than the 8.00 still due: use fewer points.")
    }

    @Test func partialRefundsGiveBackExactlyThePointsSpent() throws {
        // Property: points shared over random partial refunds of a tender always add up to the points spent.
        var random = SplitMix64(seed: 20)
        for _ in 0..<500 {
            let points = Int64.random(in: 1...100_000, using: &random)
            let amount = Int64.random(in: 1...50_000, using: &random)
            var refunded: Int64 = 0
            var given: Int64 = 0
            while refunded < amount {
                let part = Int64.random(in: 1...(amount - refunded), using: &random)
                let share = try CumulativeShare.of(points, part: part, before: refunded, whole: amount)
                #expect(share >= 0)
                given += share
                refunded += part
            }
            #expect(given == points)
        }
    }
}
