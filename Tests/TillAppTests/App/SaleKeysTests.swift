import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// The sale screen's function keys: quantity, price override, sale discount, park and recall, customer.
@Suite struct SaleKeysTests {
    @Test func quantityKeyChangesTheSelectedLine() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("201")
        try till.press("F5")
        #expect(till.screen().contains { $0.contains("New quantity for the line ›") })
        till.type("4")
        #expect(till.state.sale.cart.lines.first?.quantity == .each(4))
        try till.press("F5")
        till.type("1.5")
        #expect(till.state.sale.message?.text == "Butter croissant: is counted in whole items")
        #expect(till.state.sale.cart.lines.first?.quantity == .each(4))
    }

    @Test func quantityWithoutALineSaysSelectOne() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("F5")
        #expect(till.state.sale.prompt == nil)
        #expect(till.state.sale.message?.text == "Select a line first (Up and Down)")
    }

    @Test func aPriceOverrideByACashierNeedsASupervisorWhoIsStampedOnTheLine() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        try till.press("F6")
        till.type("3.50")
        guard case .approval(let prompt)? = till.state.overlay else { Issue.record("no approval asked"); return }
        #expect(prompt.action == .permission(.priceOverride))
        till.type("2")
        till.type("2222")
        till.type("damaged cup")
        let line = try #require(till.state.sale.cart.lines.first)
        #expect(line.priceOverride == PriceOverride(price: 350, approvedBy: "2"))
        #expect(till.state.sale.priced?.total == 350)
    }

    @Test func aSaleDiscountWithinTheLimitNeedsNoApproval() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        till.type("201")
        try till.press("S-F4")
        till.type("10")
        #expect(till.state.overlay == nil)
        // 10 % off 4.20 + 1.90 = 6.10 is 0.61
        #expect(till.state.sale.priced?.discountTotal == 61)
        try till.press("S-F4")
        till.type("abc")
        #expect(till.state.sale.message?.text == "\"abc\" is not a percentage from 0.01 to 100")
    }

    @Test func aParkedSaleComesBackWithF8() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        till.type("2*201")
        try till.press("F7")
        till.type("blue coat")
        #expect(till.state.sale.cart.lines.isEmpty)
        #expect(till.state.sale.message?.text == "Sale parked as \"blue coat\". F8 recalls it")
        #expect(try till.database.openCart(terminalID: "T1") == nil)
        till.type("4006381333931")
        try till.press("F8")
        #expect(till.state.overlay == nil)
        #expect(till.state.sale.message?.text == "Park or finish this sale before recalling another")
        try till.press("F3")
        #expect(till.state.sale.cart.isEmpty)
        try till.press("F8")
        guard case .recall(let list)? = till.state.overlay else { Issue.record("no recall list"); return }
        #expect(list.sales.map(\.label) == ["blue coat"])
        #expect(till.screen().contains { $0.contains("blue coat") && $0.contains("8.00") })
        try till.press("enter")
        #expect(till.state.sale.cart.lines.map(\.name) == ["Espresso", "Butter croissant"])
        #expect(try till.database.suspendedSales().isEmpty)
        #expect(try till.database.openCart(terminalID: "T1")?.lines.count == 2)
    }

    @Test func aCustomerIsAttachedByPhone() throws {
        let till = try TestTerminal()
        try till.database.saveCustomer(try Customer(id: "c1", name: "Anna Muster", phone: "+41 79 123 45 67"), at: till.clock.now)
        try till.openShift()
        till.type("101")
        try till.press("F9")
        till.type("+41791234567")
        #expect(till.state.sale.cart.customerID == "c1")
        #expect(till.screen().contains { $0.contains("Customer") && $0.contains("Anna Muster") })
        #expect(try till.database.openCart(terminalID: "T1")?.customerID == "c1")
        try till.press("F9")
        till.type("0000")
        #expect(till.state.sale.message?.text == "No customer has the phone or card 0000")
        #expect(till.state.sale.cart.customerID == "c1")
        try till.press("F9")
        till.type("")
        #expect(till.state.sale.cart.customerID == nil)
    }
}
