import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// Ringing up and paying through the keys, against the real store.
@Suite struct SaleFlowTests {
    @Test func ringsUpScansCodesWithMultipliersAndWeights() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("4006381333931")
        till.type("3*201")
        till.type("0.5*4011")
        #expect(till.state.sale.cart.lines.map(\.name) == ["Milk chocolate 100 g", "Butter croissant", "Bananas (kg)"])
        #expect(till.state.sale.cart.lines.map(\.quantity) == [.one, .each(3), .grams(500)])
        // 1.99 + 3 × 1.90 + 0.5 kg × 2.99 = 1.50
        #expect(till.state.sale.priced?.total == Int64(199 + 570 + 150))
        #expect(try till.database.openCart(terminalID: "T1") == till.state.sale.cart)
    }

    @Test func aWeighedItemWithoutAWeightAsksForIt() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("4131")
        #expect(till.state.sale.prompt != nil)
        #expect(till.screen().contains { $0.contains("Weight of Apples (kg) in kg") })
        till.type("0.750")
        #expect(till.state.sale.cart.lines.first?.quantity == .grams(750))
    }

    @Test func anAgeRestrictedItemNeedsAYes() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("7610000000011")
        #expect(till.screen().contains { $0.contains("Lager 50 cl: customer 16+?") })
        try till.press("esc")
        #expect(till.state.sale.cart.lines.isEmpty)
        #expect(till.state.sale.message?.text == "Lager 50 cl not sold: age not confirmed")
        till.type("7610000000011")
        try till.press("enter")
        #expect(till.state.sale.cart.lines.map(\.name) == ["Lager 50 cl"])
    }

    @Test func aBadScanIsRefusedWithAMessageAndNothingAdded() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("4006381333932")
        #expect(till.state.sale.cart.lines.isEmpty)
        #expect(till.state.sale.message?.kind == .error)
        #expect(till.state.sale.message?.text.contains("check digit") == true)
    }

    @Test func undoTakesBackTheLastChange() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        till.type("102")
        try till.press("C-z")
        #expect(till.state.sale.cart.lines.map(\.name) == ["Espresso"])
        #expect(try till.database.openCart(terminalID: "T1")?.lines.count == 1)
    }

    @Test func payingPartCashPartCardShowsTheChangeAndRecordsTheSaleOnce() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("102")
        till.type("4006381333931")
        try till.press("F2")
        #expect(till.state.route == .payment)
        #expect(till.screen().contains { $0.contains("TO PAY CHF") })
        // 5.20 + 1.99 = 7.19: 2.00 on the card, then a 10-franc note
        till.type("2CC")
        #expect(till.state.route == .payment)
        till.type("10")
        #expect(till.state.route == .sale)
        let sale = try #require(till.state.sale.lastSale)
        #expect(sale.order.payment.change == 480)
        #expect(sale.order.tenders.map(\.kind) == [.card, .cash])
        #expect(till.screen().contains { $0.contains("CHANGE CHF — receipt 1") })
        let stored = try till.database.sales(on: till.database.bookingDay(for: till.clock.now))
        #expect(stored.count == 1)
        #expect(stored.first?.total == 719)
        #expect(try till.database.openCart(terminalID: "T1") == nil)
        #expect(try till.database.currentShift(terminalID: "T1")?.expectedCash.minorUnits == 10_000 + 1_000 - 480)
    }

    @Test func aDeclinedCardLeavesTheSaleOpen() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("0.5*4131") // 2.10
        till.type("1.01CC")
        #expect(till.state.sale.message?.text.hasPrefix("Card declined") == true)
        #expect(till.state.sale.cart.tenders.isEmpty)
        till.type("1.02CC")
        #expect(till.state.sale.message?.text.hasPrefix("The card terminal did not answer") == true)
        try till.press("F2")
        try till.press("F2")
        #expect(till.state.sale.completed.count == 1)
    }

    @Test func theNextNoteKeyPaysWithTheNextRoundNote() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("102")
        try till.press("F2")
        try till.press("F3")
        #expect(till.state.sale.lastSale?.order.payment.paid == 1_000)
        #expect(till.state.sale.lastSale?.order.payment.change == 480)
    }
}
