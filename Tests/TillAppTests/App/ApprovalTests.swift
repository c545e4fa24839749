import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// Actions past a cashier's rights: a supervisor approves in place, and the approval is kept.
@Suite struct ApprovalTests {
    @Test func aDiscountPastTheCashiersLimitWaitsForASupervisor() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("102")
        till.type("%20")
        guard case .approval(let prompt)? = till.state.overlay else {
            Issue.record("no approval prompt")
            return
        }
        #expect(prompt.action == .discount(basisPoints: 2_000))
        #expect(till.screen().contains { $0.contains("Approval needed") })
        #expect(till.state.sale.priced?.discountTotal == 0)
        till.type("2")
        till.type("2222")
        till.type("regular customer")
        #expect(till.state.overlay == nil)
        #expect(till.state.sale.priced?.discountTotal == 104)
        #expect(try till.database.outbox().map(\.kind).contains("approval"))
    }

    @Test func aWrongSupervisorPINKeepsThePromptOpen() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("102")
        till.type("%20")
        till.type("2")
        till.type("0000")
        till.type("because")
        guard case .approval(let prompt)? = till.state.overlay else {
            Issue.record("the prompt closed")
            return
        }
        #expect(prompt.message?.text == "Wrong PIN (1 failed in a row)")
        #expect(till.state.sale.priced?.discountTotal == 0)
        try till.press("esc")
        #expect(till.state.overlay == nil)
        #expect(till.state.sale.message?.text.hasPrefix("Not approved") == true)
    }

    @Test func aCashierCannotApproveForAnotherCashier() throws {
        let till = try TestTerminal()
        try till.openShift(as: "5", pin: "5555")
        till.type("102")
        till.type("%20")
        till.type("1")
        till.type("1111")
        till.type("please")
        guard case .approval(let prompt)? = till.state.overlay else {
            Issue.record("the prompt closed")
            return
        }
        #expect(prompt.message?.text.contains("Chris Cashier") == true)
        #expect(till.state.sale.priced?.discountTotal == 0)
    }

    @Test func aSupervisorDiscountsWithoutAsking() throws {
        let till = try TestTerminal()
        try till.openShift(as: "2", pin: "2222")
        till.type("102")
        till.type("%20")
        #expect(till.state.overlay == nil)
        #expect(till.state.sale.priced?.discountTotal == 104)
    }
}
