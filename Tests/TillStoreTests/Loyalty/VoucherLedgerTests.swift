import Foundation
import Testing
import TillCore
@testable import TillStore
import TillWire

/// Vouchers and gift cards as a ledger on the till: issued, sold, topped up, redeemed by sales, and
/// summed with the hub's balance.
@Suite struct VoucherLedgerTests {
    typealias F = LoyaltyStoreFixture
    let fixture: F
    var database: AppDatabase { fixture.database }

    init() throws { fixture = try F() }

    @Test func anIssueIsALedgerMovementAndAnEventWithItsExpiry() throws {
        // When a 50.00 voucher is issued, valid through the end of 2027
        let voucher = try fixture.issue("GC-0042", 5_000, expires: "2027-12-31")
        // Then it holds 50.00, and its event carries the value and the last day
        #expect(voucher == Voucher(code: try VoucherCode("GC-0042"), balance: 5_000, expiresOn: try BusinessDay("2027-12-31")))
        let event = try #require(try database.outbox().last)
        #expect(event.kind == "voucher-issue" && event.id == "issue-GC-0042")
        let issue = try WireJSON.decode(VoucherIssue.self, from: event.payload)
        #expect(issue.expiresOn == "2027-12-31" && issue.reason == .issue)
        #expect(issue.effects.vouchers == [VoucherDelta(code: "GC-0042", amount: 5_000)])
        // And the same code cannot be issued twice
        #expect(throws: StoreError.conflict("Voucher GC-0042 exists already: top it up, or give another code.")) {
            try fixture.issue("GC-0042", 1_000)
        }
    }

    @Test func aSaleRedeemsPartOfAVoucherAndATopUpAddsToIt() throws {
        try fixture.issue("GC-0042", 2_000)
        // When a sale takes 8.30 from it
        try fixture.commit(try F.order("o-1", tenders: [Tender(kind: .voucher, amount: 830, reference: "GC-0042")]))
        // Then 11.70 is left, and the sale's event takes 8.30 off the hub's ledger
        #expect(try database.voucher(code: try VoucherCode("GC-0042"))?.balance == 1_170)
        #expect(try fixture.effects(ofEvent: "e-o-1").vouchers == [VoucherDelta(code: "GC-0042", amount: -830)])
        // When it is topped up by 20.00 in cash
        let topped = try database.loadVoucher(try VoucherCode("gc-0042"), amount: F.money(2_000), kind: .topUp, paidWith: .cash,
                                              terminalID: "T1", businessDay: F.day, eventID: "top-1", at: F.noon)
        #expect(topped.balance == 3_170)
        #expect(throws: StoreError.conflict("There is no voucher GC-9999: check the code.")) {
            try database.loadVoucher(try VoucherCode("GC-9999"), amount: F.money(100), kind: .topUp, terminalID: "T1",
                                     businessDay: F.day, eventID: "top-2", at: F.noon)
        }
    }

    @Test func theHubsBalanceAndExpiryArriveThroughTheFeed() throws {
        // Given a voucher issued on another lane, learnt from the hub
        try fixture.settle(with: [try change(.voucher, "GC-7777", VoucherBalance(balance: 3_000, expiresOn: "2026-12-31"))])
        #expect(try database.voucher(code: try VoucherCode("GC-7777"))
            == Voucher(code: try VoucherCode("GC-7777"), balance: 3_000, expiresOn: try BusinessDay("2026-12-31")))
        // When this lane redeems 8.30 of it
        try fixture.commit(try F.order("o-1", tenders: [Tender(kind: .voucher, amount: 830, reference: "GC-7777")]))
        #expect(try database.voucher(code: try VoucherCode("GC-7777"))?.balance == 2_170)
        // Then once the hub has it and says so, its figure is the one (another lane spent 1.00 meanwhile)
        try fixture.settle(with: [try change(.voucher, "GC-7777", VoucherBalance(balance: 2_070))])
        #expect(try database.voucher(code: try VoucherCode("GC-7777"))?.balance == 2_070)
        #expect(try database.voucher(code: try VoucherCode("GC-7777"))?.expiresOn == BusinessDay("2026-12-31"))
    }

    @Test func onlineTheHubsBalanceDecidesLessWhatThisTillHasNotSent() throws {
        // Given this till's own figure says 50.00, but the hub says another lane spent it down to 8.00
        try fixture.issue("GC-0042", 5_000)
        try fixture.settle(with: [])
        // Then online only 8.00 may pay, whatever this till thinks
        #expect(try fixture.authorize("GC-0042", nil, authority: .hub(VoucherBalance(balance: 800))).map(\.amount) == .success(800))
        #expect(try fixture.authorize("GC-0042", 900, authority: .hub(VoucherBalance(balance: 800)))
            == .failure(.beyondVoucherBalance("GC-0042", balance: F.money(800))))
        // And a voucher the hub does not know is refused, even if this till has heard of it
        #expect(try fixture.authorize("GC-0042", nil, authority: .hub(nil)) == .failure(.unknownVoucher("GC-0042")))
        // And an expired one is refused online as offline
        #expect(try fixture.authorize("GC-0042", nil, authority: .hub(VoucherBalance(balance: 800, expiresOn: "2026-11-23")))
            == .failure(.voucherExpired("GC-0042", on: "2026-11-23")))
    }

    @Test func aGiftCardSoldInASaleIsLoadedWithItAndReportedApartFromSales() throws {
        // Given a card with 20.00 on it, topped up by 30.00 in a sale with a coffee, all paid in cash
        try fixture.issue("GC-0042", 2_000)
        let context = try SaleFixture.pricing()
        var cart = Cart(currency: F.chf, openedAt: SaleFixture.now)
        try cart.add(SaleFixture.product("coffee", 450), at: SaleFixture.now)
        try cart.loadGiftCard(try VoucherCode("gc-0042"), amount: 3_000)
        try cart.addTender(.cash, amount: 4_000, context: context)
        try fixture.commit(try cart.complete(id: "o-1", staffID: "s-1", context: context), day: F.day.iso)
        // Then the card holds 50.00 and the hub is told of the 30.00, under the sale's event
        #expect(try database.voucher(code: try VoucherCode("GC-0042"))?.balance == 5_000)
        let effects = try fixture.effects(ofEvent: "e-o-1")
        #expect(effects.vouchers == [VoucherDelta(code: "GC-0042", amount: 3_000)])
        // And only the coffee leaves the shelf
        #expect(effects.stock.map(\.product) == ["coffee"])
        #expect(try database.count("stock_movement", where: "sale_id = 'o-1'") == 1)
        // And the day's report sells a coffee, loads a card, and collects both
        let report = try PeriodReport(database.reportInput(from: F.day, to: F.day, currency: F.chf, rounding: .halfUp))
        #expect(report.sales == 450 && report.giftCards == Tally(count: 1, amount: 3_000))
        #expect(report.collected == 3_450 && report.tenders.map(\.amount) == [3_450])
        #expect(report.analysis.items.map(\.productID) == ["coffee"])
    }
}
