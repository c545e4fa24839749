import Testing
import TillCore

@Suite struct QuickCashTests {
    let francNotes: [Int64] = [1_000, 2_000, 5_000, 10_000, 20_000, 100_000]

    @Test func exactThenTheNextRoundNotes() {
        #expect(QuickCash.amounts(due: 1_735, notes: francNotes) == [1_735, 2_000, 5_000, 10_000])
        #expect(QuickCash.amounts(due: 4_210, notes: francNotes, count: 3) == [4_210, 5_000, 6_000])
    }

    @Test func aRoundAmountIsOfferedOnce() {
        #expect(QuickCash.amounts(due: 2_000, notes: francNotes) == [2_000, 5_000, 10_000, 20_000])
    }

    @Test func nothingIsDueNothingIsOffered() {
        #expect(QuickCash.amounts(due: 0, notes: francNotes).isEmpty)
    }
}
