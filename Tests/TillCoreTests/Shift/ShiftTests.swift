import Foundation
import Testing
import TillCore

@Suite struct ShiftTests {
    /// The worked shift: float 150.00, two cash sales with change, paid out 12.50 for milk, paid in
    /// 20.00, a no-sale and a cash refund of 4.99. Expected cash is 183.26.
    private func workedShift() throws -> Shift {
        var shift = try ShiftFixtures.openShift()
        // A 7.30 sale paid with a 20.00 note; a 23.45 sale paid with a 50.00 note.
        try shift.recordCashSale(tendered: ShiftFixtures.euros(2_000), change: ShiftFixtures.euros(1_270))
        try shift.recordCashSale(tendered: ShiftFixtures.euros(5_000), change: ShiftFixtures.euros(2_655))
        try shift.record(CashMovement(id: "m1", kind: .paidOut, amount: ShiftFixtures.euros(1_250),
                                      reason: "milk", staffID: "ann", at: ShiftFixtures.minutes(40)))
        try shift.record(CashMovement(id: "m2", kind: .paidIn, amount: ShiftFixtures.euros(2_000),
                                      reason: "coins from the safe", staffID: "sam", at: ShiftFixtures.minutes(55)))
        try shift.record(CashMovement(id: "m3", kind: .noSale, amount: .zero(ShiftFixtures.euro),
                                      reason: "change for the parking meter", staffID: "ann", at: ShiftFixtures.minutes(70)))
        try shift.recordCashRefund(ShiftFixtures.euros(499))
        return shift
    }

    /// 183.06, 0.20 short of the expected 183.26.
    private func countedShort() throws -> CashCount {
        try ShiftFixtures.count([5_000: 2, 2_000: 3, 1_000: 2, 200: 1, 100: 1, 5: 1, 1: 1])
    }

    @Test func expectedCashFollowsEveryMovement() throws {
        let shift = try workedShift()
        #expect(shift.openingFloat.total == ShiftFixtures.euros(15_000))
        #expect(shift.cashTendered == ShiftFixtures.euros(7_000))
        #expect(shift.changeGiven == ShiftFixtures.euros(3_925))
        #expect(shift.cashRefunded == ShiftFixtures.euros(499))
        #expect(try shift.total(of: .paidOut) == ShiftFixtures.euros(1_250))
        #expect(try shift.total(of: .paidIn) == ShiftFixtures.euros(2_000))
        #expect(shift.movements.map(\.kind) == [.paidOut, .paidIn, .noSale])
        // 150.00 + 70.00 − 39.25 − 4.99 + 20.00 − 12.50
        #expect(try shift.expectedCash == ShiftFixtures.euros(18_326))
        #expect(shift.status == .open)
    }

    @Test(arguments: [
        // (threshold, reason required): the reason is needed only when |over/short| exceeds it.
        (Int64(0), true),
        (10, true),
        (19, true),
        (20, false),
        (100, false),
    ])
    func blindCloseShortByTwentyCents(threshold: Int64, reasonRequired: Bool) throws {
        // Given the worked shift
        var shift = try workedShift()
        // When the cashier submits a count of 183.06 without seeing the expected amount
        let result = try shift.submitCount(try countedShort(), countedBy: "ann", at: ShiftFixtures.minutes(480),
                                           varianceThreshold: ShiftFixtures.euros(threshold))
        // Then the result shows expected, counted and the shortfall
        #expect(result.expected == ShiftFixtures.euros(18_326))
        #expect(result.counted.total == ShiftFixtures.euros(18_306))
        #expect(result.overShort == ShiftFixtures.euros(-20))
        #expect(result.reasonRequired == reasonRequired)
        #expect(shift.status == .counted)
    }

    @Test func closingWithoutARequiredReasonIsRefused() throws {
        var shift = try workedShift()
        _ = try shift.submitCount(try countedShort(), countedBy: "ann", at: ShiftFixtures.minutes(480),
                                  varianceThreshold: ShiftFixtures.euros(10))
        #expect(throws: ShiftError.reasonRequired(overShort: ShiftFixtures.euros(-20))) {
            try shift.close(reason: nil, closedBy: "sam", at: ShiftFixtures.minutes(485))
        }
        #expect(throws: ShiftError.reasonRequired(overShort: ShiftFixtures.euros(-20))) {
            try shift.close(reason: "   ", closedBy: "sam", at: ShiftFixtures.minutes(485))
        }
        #expect(shift.status == .counted)
        // When a reason is given the shift closes and records who closed it and why
        let closed = try shift.close(reason: "gave 0.20 too much change", closedBy: "sam", at: ShiftFixtures.minutes(486))
        #expect(closed.reason == "gave 0.20 too much change")
        #expect(closed.closedBy == "sam")
        #expect(closed.closedAt == ShiftFixtures.minutes(486))
        #expect(shift.status == .closed)
        #expect(shift.reconciliation == closed)
    }

    @Test func aBalancedDrawerClosesWithoutAReason() throws {
        var shift = try ShiftFixtures.openShift()
        _ = try shift.submitCount(try ShiftFixtures.float150(), countedBy: "ann", at: ShiftFixtures.minutes(60),
                                  varianceThreshold: ShiftFixtures.euros(0))
        let closed = try shift.close(reason: nil, closedBy: "ann", at: ShiftFixtures.minutes(61))
        #expect(closed.overShort.isZero)
        #expect(closed.reason == nil)
        #expect(closed.isClosed)
    }

    @Test func theCountIsFinalAndAShiftClosesOnce() throws {
        var shift = try workedShift()
        #expect(throws: ShiftError.notCounted(shiftID: "shift-1")) {
            try shift.close(reason: "done", closedBy: "ann", at: ShiftFixtures.minutes(479))
        }
        _ = try shift.submitCount(try countedShort(), countedBy: "ann", at: ShiftFixtures.minutes(480),
                                  varianceThreshold: ShiftFixtures.euros(100))
        // No recount after seeing the difference, and no more cash in or out.
        #expect(throws: ShiftError.countAlreadySubmitted(shiftID: "shift-1")) {
            try shift.submitCount(try ShiftFixtures.count([5_000: 4]), countedBy: "ann", at: ShiftFixtures.minutes(481),
                                  varianceThreshold: ShiftFixtures.euros(100))
        }
        #expect(throws: ShiftError.countAlreadySubmitted(shiftID: "shift-1")) {
            try shift.recordCashSale(tendered: ShiftFixtures.euros(20), change: ShiftFixtures.euros(0))
        }
        _ = try shift.close(reason: nil, closedBy: "ann", at: ShiftFixtures.minutes(482))
        #expect(throws: ShiftError.alreadyClosed(shiftID: "shift-1")) {
            try shift.close(reason: "again", closedBy: "ann", at: ShiftFixtures.minutes(483))
        }
        #expect(throws: ShiftError.alreadyClosed(shiftID: "shift-1")) { try shift.recordCashRefund(ShiftFixtures.euros(1)) }
    }

    @Test func overflowIsAnErrorAndLeavesTheShiftUnchanged() throws {
        var shift = try ShiftFixtures.openShift()
        let before = shift
        // Int64.max alone fits, but added to the 150.00 float it does not.
        #expect(throws: ShiftError.overflow) {
            try shift.recordCashSale(tendered: ShiftFixtures.euros(.max), change: ShiftFixtures.euros(0))
        }
        #expect(shift == before)
        try shift.recordCashSale(tendered: ShiftFixtures.euros(.max - 15_000), change: ShiftFixtures.euros(0))
        #expect(throws: ShiftError.overflow) {
            try shift.record(CashMovement(id: "m1", kind: .paidIn, amount: ShiftFixtures.euros(1),
                                          reason: "coins", staffID: "ann", at: ShiftFixtures.minutes(5)))
        }
        #expect(shift.movements.isEmpty)
    }

    @Test func theDrawerCannotPayOutMoreThanItHolds() throws {
        var shift = try ShiftFixtures.openShift()
        #expect(throws: ShiftError.notEnoughCash) {
            try shift.record(CashMovement(id: "m1", kind: .paidOut, amount: ShiftFixtures.euros(15_001),
                                          reason: "supplier", staffID: "sam", at: ShiftFixtures.minutes(5)))
        }
        #expect(throws: ShiftError.notEnoughCash) { try shift.recordCashRefund(ShiftFixtures.euros(15_001)) }
        try shift.recordCashRefund(ShiftFixtures.euros(15_000))
        #expect(try shift.expectedCash.isZero)
    }

    @Test func cashSalesAreChecked() throws {
        var shift = try ShiftFixtures.openShift()
        let dollars = Money(minorUnits: 2_000, currency: DenominationSet.usd.currency)
        #expect(throws: ShiftError.currencyMismatch(expected: "EUR", got: "USD")) {
            try shift.recordCashSale(tendered: dollars, change: .zero(DenominationSet.usd.currency))
        }
        #expect(throws: ShiftError.amountNotPositive(what: "cash tendered")) {
            try shift.recordCashSale(tendered: ShiftFixtures.euros(0), change: ShiftFixtures.euros(0))
        }
        #expect(throws: ShiftError.negativeAmount(what: "change")) {
            try shift.recordCashSale(tendered: ShiftFixtures.euros(500), change: ShiftFixtures.euros(-1))
        }
        let tooMuchChange = ShiftError.changeExceedsTendered(tendered: ShiftFixtures.euros(500), change: ShiftFixtures.euros(501))
        #expect(throws: tooMuchChange) {
            try shift.recordCashSale(tendered: ShiftFixtures.euros(500), change: ShiftFixtures.euros(501))
        }
        #expect(throws: ShiftError.amountNotPositive(what: "refund amount")) { try shift.recordCashRefund(ShiftFixtures.euros(0)) }
        #expect(try shift.expectedCash == ShiftFixtures.euros(15_000))
    }

    @Test func theCountMustBeInTheDrawersCurrencyAndTheThresholdSensible() throws {
        var shift = try ShiftFixtures.openShift()
        #expect(throws: ShiftError.currencyMismatch(expected: "EUR", got: "GBP")) {
            try shift.submitCount(try CashCount(.gbp), countedBy: "ann", at: ShiftFixtures.minutes(9),
                                  varianceThreshold: ShiftFixtures.euros(0))
        }
        #expect(throws: ShiftError.negativeThreshold) {
            try shift.submitCount(try ShiftFixtures.float150(), countedBy: "ann", at: ShiftFixtures.minutes(9),
                                  varianceThreshold: ShiftFixtures.euros(-1))
        }
        #expect(shift.status == .open)
    }

    @Test func aClosedShiftRoundTrips() throws {
        var shift = try workedShift()
        _ = try shift.submitCount(try countedShort(), countedBy: "ann", at: ShiftFixtures.minutes(480),
                                  varianceThreshold: ShiftFixtures.euros(10))
        _ = try shift.close(reason: "short change", closedBy: "sam", at: ShiftFixtures.minutes(481))
        let decoded = try JSONDecoder().decode(Shift.self, from: JSONEncoder().encode(shift))
        #expect(decoded == shift)
        #expect(decoded.status == .closed)
    }

    @Test func errorsSayWhatToDoWithoutRevealingTheExpectedCash() {
        #expect(ShiftError.reasonRequired(overShort: ShiftFixtures.euros(-20)).description
            == "The drawer is short by 0.20 EUR; type a reason to close.")
        #expect(ShiftError.notEnoughCash.description
            == "The drawer does not hold that much cash; check the amount or record a paid in first.")
        #expect(ShiftError.negativeCount(label: "20.00").description
            == "The count of 20.00 cannot be negative; enter 0 or more.")
    }
}
