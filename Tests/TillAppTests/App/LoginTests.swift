import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// The login and lock screen against a real store: PINs, throttling, locking, taking over.
@Suite struct LoginTests {
    @Test func aRightPINOpensTheFloatCountWhenNoShiftIsOpen() throws {
        let till = try TestTerminal()
        #expect(till.state.route == .login)
        till.logIn("1", "1111")
        #expect(till.state.user?.name == "Chris Cashier")
        #expect(till.state.route == .shift)
        #expect(till.state.shiftForm.mode == .openFloat)
        #expect(try till.database.isClockedIn(staffID: "1"))
    }

    @Test func wrongPINsAreCountedAndThenMustWait() throws {
        let till = try TestTerminal()
        for attempt in 1...3 {
            till.logIn("1", "9999")
            #expect(till.state.user == nil)
            #expect(till.state.login.message?.text.hasPrefix("Wrong PIN (\(attempt) failed in a row)") == true)
        }
        // The right PIN is not even checked until the delay has passed.
        till.logIn("1", "1111")
        #expect(till.state.user == nil)
        #expect(till.state.login.message?.text.hasPrefix("Too many wrong PINs") == true)
        till.clock.advance(by: 60)
        till.logIn("1", "1111")
        #expect(till.state.user?.id == "1")
    }

    @Test func anUnknownNumberIsSaidPlainly() throws {
        let till = try TestTerminal()
        till.logIn("77", "1234")
        #expect(till.state.login.message?.text == "No staff member has that number")
    }

    @Test func thePINIsMaskedOnScreen() throws {
        let till = try TestTerminal()
        till.type("1")
        for digit in "1111" { till.app.send(.key(.init(.character(digit)))) }
        let field = try #require(till.screen().first { $0.contains("│ PIN") })
        #expect(field.contains("••••"))
        #expect(!field.contains("1111"))
    }

    @Test func lockingKeepsTheSaleAndAnotherCashierTakesItOver() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("4006381333931")
        try till.press("F12")
        #expect(till.state.route == .login)
        #expect(till.screen().contains { $0.contains("Locked") })
        till.logIn("2", "2222")
        #expect(till.state.route == .sale)
        #expect(till.state.sale.cart.lines.count == 1)
        #expect(till.state.sale.message?.text == "Sam Supervisor takes over the sale in progress")
    }

    @Test func theScreenLocksItselfAfterTheIdleTime() throws {
        let till = try TestTerminal(idleLock: 120)
        try till.openShift()
        till.clock.advance(by: 119)
        till.app.send(.tick(till.clock.now))
        #expect(till.state.route == .sale)
        till.clock.advance(by: 2)
        till.app.send(.tick(till.clock.now))
        #expect(till.state.route == .login)
    }
}
