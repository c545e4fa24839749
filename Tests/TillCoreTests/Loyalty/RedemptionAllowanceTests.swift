import Testing
import TillCore

/// The offline allowance: each cap, the tightest one named, and the worst case it bounds.
@Suite struct RedemptionAllowanceTests {
    typealias F = LoyaltyFixture
    static let allowance = try! RedemptionAllowance(perSale: 2_500, perDay: 10_000, total: 20_000)

    @Test func withinEveryCapARedemptionPasses() throws {
        try Self.allowance.check(F.money(2_500), after: .init())
        #expect(Self.allowance.left(after: .init(thisSale: 1_000, today: 3_000, outstanding: 3_000)) == (1_500, .perSale))
    }

    @Test(arguments: [
        (RedemptionAllowance.Usage(thisSale: 2_000, today: 2_000, outstanding: 2_000), Int64(600), AllowanceCap.perSale, Int64(500)),
        (RedemptionAllowance.Usage(thisSale: 0, today: 9_800, outstanding: 9_800), 300, .perDay, 200),
        (RedemptionAllowance.Usage(thisSale: 0, today: 0, outstanding: 19_900), 101, .total, 100),
    ])
    func beyondACapTheRefusalNamesItAndWhatIsLeft(usage: RedemptionAllowance.Usage, amount: Int64, cap: AllowanceCap, left: Int64) {
        #expect(throws: LoyaltyError.beyondOfflineAllowance(cap: cap, left: F.money(left))) {
            try Self.allowance.check(F.money(amount), after: usage)
        }
    }

    @Test func theWorstCaseIsTheTotalCapPerLane() throws {
        #expect(Self.allowance.worstCaseLoss(lanes: 3) == 60_000)
        #expect(try RedemptionAllowance(perSale: 0, perDay: 0, total: 0).left(after: .init()).amount == 0)
        #expect(throws: LoyaltyError.negativeAllowance(.perDay)) { try RedemptionAllowance(perSale: 0, perDay: -1, total: 0) }
        #expect(LoyaltyError.beyondOfflineAllowance(cap: .perDay, left: F.money(200)).description
            == "Offline, this till may redeem only 2.00 more today: take the rest another way, or reconnect to the hub.")
    }

    @Test func randomRedemptionsWithinTheAllowanceNeverPassTheTotal() throws {
        // Property: whatever the order of offline redemptions, those let through never sum past any cap.
        var random = SplitMix64(seed: 40)
        for _ in 0..<200 {
            var usage = RedemptionAllowance.Usage()
            for _ in 0..<30 {
                if Bool.random(using: &random) { usage.thisSale = 0 }
                let amount = Int64.random(in: 1...3_000, using: &random)
                guard (try? Self.allowance.check(F.money(amount), after: usage)) != nil else { continue }
                usage.thisSale += amount
                usage.today += amount
                usage.outstanding += amount
            }
            #expect(usage.today <= 10_000 && usage.outstanding <= 20_000)
        }
    }
}
