import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// The orders screen: today's sales, a receipt found by number, refunds with approval, and copies.
@Suite struct OrdersTests {
    /// A till with two paid sales: receipt 1 an espresso in cash, receipt 2 two croissants and a water by card.
    static func tillWithTwoSales() throws -> TestTerminal {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        till.type("CA")
        till.type("2*201")
        till.type("5901234123457")
        till.type("CC")
        return till
    }

    @Test func listsTodaysSalesAndOpensOneByReceiptNumber() throws {
        let till = try Self.tillWithTwoSales()
        try till.press("M-o")
        #expect(till.state.route == .orders)
        #expect(till.state.orders.sales.map(\.receiptNumber) == [1, 2])
        let list = till.screen()
        #expect(list.contains { $0.contains("Today's sales (2)") })
        #expect(list.contains { $0.contains("2") && $0.contains("5.15") })
        till.type("1")
        #expect(till.state.orders.detail?.receiptNumber == 1)
        #expect(till.screen().contains { $0.contains("Receipt 1") })
        #expect(till.screen().contains { $0.contains("Espresso") && $0.contains("4.20") })
        try till.press("esc")
        #expect(till.state.orders.detail == nil)
        till.type("99")
        #expect(till.state.orders.message?.text == "There is no receipt 99 on this terminal")
        till.type("")
        #expect(till.state.orders.detail?.receiptNumber == 2)
    }

    @Test func aCashierRefundsPartOfAReceiptWithASupervisorsApproval() throws {
        let till = try Self.tillWithTwoSales()
        try till.press("M-o")
        till.type("2")
        try till.press("F2")
        #expect(till.state.orders.refund != nil)
        till.type("1")
        #expect(till.state.orders.refund?.quantities[1] == .each(1))
        #expect(till.screen(width: 200, height: 60).contains { $0.contains("Refund ›") })
        try till.press("F10")
        guard case .approval(let prompt)? = till.state.overlay else { Issue.record("no approval asked"); return }
        #expect(prompt.action == .permission(.refund))
        till.type("2")
        till.type("2222")
        till.type("stale croissant")
        let order = try #require(till.state.orders.detail?.order)
        let refunds = try till.database.refunds(ofSale: order.id)
        #expect(refunds.map(\.total) == [190])
        #expect(refunds.first?.tenders.map(\.kind) == [.card])
        #expect(till.state.orders.message?.text.hasPrefix("Refund 1: 1.90 back") == true)
        #expect(till.state.orders.detail?.refunded[1] == .each(1))
        #expect(try till.database.outbox().map(\.kind).contains("refund"))

        // Too much is refused before anything is asked.
        try till.press("F2")
        till.type("2")
        #expect(till.state.orders.message?.text == "Butter croissant: only 1 left to refund")
    }

    @Test func aSupervisorRefundsTheRestWithoutAPromptAndThenNothingIsLeft() throws {
        let till = try Self.tillWithTwoSales()
        try till.press("F12")
        till.logIn("2", "2222")
        try till.press("M-o")
        till.type("2")
        try till.press("F3")
        #expect(till.state.orders.refund?.items.count == 2)
        try till.press("F10")
        #expect(till.state.overlay == nil)
        let order = try #require(till.state.orders.detail?.order)
        #expect(try till.database.refunds(ofSale: order.id).map(\.total) == [515])
        try till.press("F2")
        #expect(till.state.orders.refund == nil)
        #expect(till.state.orders.message?.text == "Receipt 2 has been refunded in full")
    }

    @Test func aCopyIsQueuedForTheReceiptPrinter() throws {
        let till = try Self.tillWithTwoSales()
        try till.press("M-o")
        till.type("1")
        try till.press("F5")
        #expect(till.state.orders.message?.text == "Copy of receipt 1 queued for the receipt printer")
        #expect(try till.database.pendingPrintJobs() == 1)
        till.clock.advance(by: 10)
        till.app.send(.tick(till.clock.now))
        #expect(till.screen().first?.contains("No printer (1 queued)") == true)
    }

    @Test func theScreensFitSmallAndLargeTerminals() throws {
        let till = try Self.tillWithTwoSales()
        try till.press("M-o")
        for (width, height) in [(80, 24), (200, 60)] {
            let screen = till.screen(width: width, height: height)
            #expect(screen.count <= height)
            #expect(screen.allSatisfy { $0.displayWidth <= width })
            #expect(screen.contains { $0.contains("Receipt ›") })
        }
        till.type("2")
        try till.press("F2")
        for (width, height) in [(80, 24), (200, 60)] {
            let screen = till.screen(width: width, height: height)
            #expect(screen.contains { $0.contains("Butter croissant") && $0.contains("3.80") })
            #expect(screen.contains { $0.contains("F10") && $0.contains("Done") })
        }
    }

    @Test func aTipWrittenOnTheCardSlipIsAddedAfterTheSaleAndCountedForTheServer() throws {
        let till = try Self.tillWithTwoSales()
        try till.press("M-o")
        // Receipt 1 was paid in cash: no card payment to add a tip to
        till.type("1")
        try till.press("F6")
        #expect(till.state.orders.tip == nil && till.state.orders.message?.text.hasPrefix("Receipt 1 was not paid by card") == true)
        try till.press("esc")
        // Receipt 2 was paid by card: the guest wrote 2.50 on the slip
        till.type("2")
        try till.press("F6")
        #expect(till.screen(width: 120).contains { $0.contains("Tip ›") })
        till.type("1.01")
        #expect(till.state.orders.message?.text.hasPrefix("Tip not added: card declined") == true, "the simulator declines .01")
        try till.press("F6")
        till.type("2.50")
        #expect(till.state.orders.message?.text == "Tip of 2.50 added to receipt 2")
        #expect(till.state.orders.detail?.tip?.amount == 250)
        #expect(till.screen(width: 120).contains { $0.contains("Tip on card") && $0.contains("2.50") })
        // The day's report counts it for cashier 1 and with the card takings, so collected still adds up
        let day = try BusinessDay(try till.database.bookingDay(for: till.clock.now))
        let report = try PeriodReport(till.database.reportInput(from: day, to: day, currency: till.state.currency, rounding: .halfUp))
        #expect(report.tipsByServer == ["1": Tally(count: 1, amount: 250)])
        let card = try #require(report.tenders.first { $0.kind == .card })
        #expect(card.amount == 765, "5.15 of croissants and water, and the 2.50 tip")
        #expect(report.collected == report.tenders.reduce(0) { $0 + $1.amount })
        // One tip per sale
        try till.press("F6")
        #expect(till.state.orders.message?.text == "Receipt 2 has a tip of 2.50 already")
    }
}
