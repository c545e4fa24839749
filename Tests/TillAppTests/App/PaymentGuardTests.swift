import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// The payment screen never takes a scan for cash: a barcode lands in the cart, an absurd amount is refused.
@Suite struct PaymentGuardTests {
    @Test func aScanOnThePaymentScreenGoesIntoTheCartBeforeAnythingIsPaid() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        try till.press("F2")
        till.type("4006381333931")
        #expect(till.state.route == .sale)
        #expect(till.state.sale.cart.lines.map(\.name) == ["Espresso", "Milk chocolate 100 g"])
        #expect(till.state.sale.cart.tenders.isEmpty)
    }

    @Test func aScanAfterATenderIsRefusedNotTakenAsCash() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        try till.press("F2")
        till.type("2")
        #expect(till.state.sale.cart.tenders.map(\.amount) == [200])
        till.type("4006381333931")
        #expect(till.state.sale.cart.tenders.map(\.amount) == [200])
        #expect(till.state.sale.cart.lines.count == 1)
        #expect(till.state.sale.message?.text.hasPrefix("4006381333931 looks like a scan") == true)
    }

    @Test func cashBeyondTheLargestNoteOverWhatIsDueIsRefused() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        try till.press("F2")
        till.type("5000")
        #expect(till.state.sale.cart.tenders.isEmpty)
        #expect(till.state.sale.message?.text == "5000.00 cash is more than the largest note (1000.00) over what is due: check the amount")
        till.type("1000")
        #expect(till.state.sale.lastSale?.order.payment.change == 99_580)
    }
}
