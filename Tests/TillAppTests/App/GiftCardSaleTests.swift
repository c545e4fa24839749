import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillDevices
import TillStore

/// Selling and topping up gift cards at the till: `50GC`, then the card's code scanned or typed (or
/// Enter for a new one), paid with the rest of the sale and loaded when the sale is recorded.
@Suite struct GiftCardSaleTests {
    static func till() throws -> TestTerminal {
        let till = try TestTerminal()
        try till.openShift()
        return till
    }

    @Test func aNewCardIsSoldWithACoffeeAndLoadedWhenTheSaleIsPaid() throws {
        // Given a cappuccino (5.20) rung up
        let till = try Self.till()
        till.type("102")
        // When 50.00 goes on a new card, Enter giving it a code
        till.type("50GC")
        #expect(till.state.sale.prompt == .giftCardCode(amount: 5_000))
        #expect(till.screen().contains { $0.contains("Gift card code (scan; Enter for a new one)") })
        till.type("")
        // Then the card is a line of its own, with a made-up 16-digit code, and the sale is 55.20
        let line = try #require(till.state.sale.cart.activeLines.last)
        let code = try #require(line.giftCard)
        #expect(code.count == 16 && line.name == "Gift card \(code)")
        #expect(till.state.sale.priced?.total == 5_520)
        #expect(till.state.sale.message?.text == "Gift card \(code): 50.00 to load once paid (a new card)")
        #expect(till.screen().contains { $0.contains("Gift card \(code)") && $0.contains("50.00") })
        // And nothing is on the card until the sale is paid
        #expect(try till.database.voucher(code: try VoucherCode(code)) == nil)
        till.type("60CA")
        #expect(till.state.sale.lastSale != nil)
        #expect(try till.database.voucher(code: try VoucherCode(code))?.balance == 5_000)
    }

    @Test func aScannedCardIsToppedUpAndAnExpiredOneRefused() throws {
        let till = try Self.till()
        let day = try BusinessDay(try till.database.bookingDay(for: till.clock.now))
        for (code, expires) in [("GC-LIVE", nil), ("GC-OLD", try BusinessDay("2020-01-31"))] {
            try till.database.loadVoucher(try VoucherCode(code), amount: Money(minorUnits: 1_000, currency: till.state.currency), kind: .issue,
                                          expiresOn: expires, terminalID: "T1", businessDay: day, eventID: "issue-\(code)", at: till.clock.now)
        }
        // When 20.00 is loaded onto the card scanned at the question
        till.type("20GC")
        till.app.send(.scanned(ScanEvent(text: "gc-live", source: .keyboard)))
        #expect(till.state.sale.message?.text == "Gift card GC-LIVE: 20.00 to load once paid (it holds 10.00 now)")
        #expect(till.state.sale.prompt == nil && till.state.sale.input.text.isEmpty)
        // And an expired card is refused aloud, leaving the sale as it was
        till.type("5GC")
        till.type("GC-OLD")
        #expect(till.state.sale.message?.text == LoyaltyError.voucherExpired("GC-OLD", on: "2020-01-31").description)
        #expect(till.state.bell && till.state.sale.cart.activeLines.count == 1)
        // When the sale is paid by card, the live card holds 30.00
        till.type("CC")
        #expect(try till.database.voucher(code: try VoucherCode("GC-LIVE"))?.balance == 3_000)
    }

    @Test func aVoucherCannotPayForACard() throws {
        let till = try Self.till()
        let day = try BusinessDay(try till.database.bookingDay(for: till.clock.now))
        try till.database.loadVoucher(try VoucherCode("GC-PAY"), amount: Money(minorUnits: 10_000, currency: till.state.currency),
                                      kind: .issue, terminalID: "T1", businessDay: day, eventID: "issue-1", at: till.clock.now)
        till.type("10GC")
        till.type("GC-NEW-1")
        try till.press("F2")
        try till.press("F5")
        #expect(till.state.payment.voucher == nil)
        #expect(till.state.sale.message?.text == "What is left loads gift cards: take cash or card for it")
        // With a coffee on the sale, the voucher pays the coffee and no more
        try till.press("esc")
        till.type("102")
        try till.press("F2")
        try till.press("F5")
        till.type("GC-PAY")
        #expect(till.state.sale.cart.tenders == [Tender(kind: .voucher, amount: 520, reference: "GC-PAY")])
    }
}
