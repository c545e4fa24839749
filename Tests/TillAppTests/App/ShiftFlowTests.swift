import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// Opening, moving cash, and closing blind, through the keys and into the store.
@Suite struct ShiftFlowTests {
    @Test func theFloatOpensTheShift() throws {
        let till = try TestTerminal()
        try till.openShift(tens: 15)
        #expect(till.state.route == .sale)
        #expect(till.state.sale.message?.text == "Shift opened with a float of 150.00")
        #expect(try till.database.currentShift(terminalID: "T1")?.openingFloat.total.minorUnits == 15_000)
        #expect(till.screen()[0].contains("Shift "))
    }

    @Test func aPaidOutNeedsASupervisorAndLowersTheExpectedCash() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("M-h")
        till.app.send(.key(.init(.character("2"))))
        #expect(till.state.shiftForm.mode == .movement(.paidOut))
        till.type("12.50")
        till.type("window cleaner")
        guard case .approval = till.state.overlay else {
            Issue.record("a cashier's paid out went through without approval")
            return
        }
        till.type("2")
        till.type("2222")
        till.type("invoice 4411")
        let shift = try #require(try till.database.currentShift(terminalID: "T1"))
        #expect(try shift.total(of: .paidOut).minorUnits == 1_250)
        #expect(try shift.expectedCash.minorUnits == 10_000 - 1_250)
    }

    @Test func theBlindCloseShowsOverShortOnlyAfterTheCountAndWantsAReasonPastTheLimit() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("102")
        till.type("CA")
        try till.press("M-h")
        till.app.send(.key(.init(.character("5"))))
        #expect(till.state.shiftForm.mode == .count)
        let counting = till.screen().joined(separator: "\n")
        #expect(counting.contains("count the drawer (blind)"))
        #expect(!counting.contains("105.20"))
        // Count 90 francs where 105.20 are expected: 15.20 short.
        while till.state.shiftForm.count.selected?.minorUnits != 1_000 { try till.press("down") }
        till.type("9")
        try till.press("F10")
        guard case .review(let close) = till.state.shiftForm.mode else {
            Issue.record("no review after the count")
            return
        }
        #expect(close.overShort.minorUnits == -1_520)
        #expect(till.screen().contains { $0.contains("Over / short") && $0.contains("-15.20") })
        try till.press("enter")
        #expect(till.state.shiftForm.message?.text.contains("type a reason") == true)
        #expect(try till.database.currentShift(terminalID: "T1") != nil)
        till.type("miscounted change")
        #expect(try till.database.currentShift(terminalID: "T1") == nil)
        #expect(till.state.shift == nil)
        #expect(till.state.shiftForm.message?.text.hasPrefix("Shift closed: short by 15.20") == true)
    }

    @Test func clockingOutLogsOut() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("M-h")
        till.app.send(.key(.init(.character("6"))))
        #expect(till.state.user == nil)
        #expect(till.state.route == .login)
        #expect(try !till.database.isClockedIn(staffID: "1"))
    }
}
