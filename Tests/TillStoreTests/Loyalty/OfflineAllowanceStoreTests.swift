import Foundation
import Testing
import TillCore
@testable import TillStore
import TillWire

/// Redemptions while the hub cannot be asked: checked against this till's figures and the offline
/// allowance (25.00 a sale, 40.00 a day, 60.00 until the hub has them), counted across restarts.
@Suite struct OfflineAllowanceStoreTests {
    typealias F = LoyaltyStoreFixture
    let fixture: F
    var database: AppDatabase { fixture.database }

    init() throws {
        fixture = try F()
        try fixture.issue("GC-0042", 10_000)
    }

    @Test func withinTheAllowanceAnOfflineRedemptionIsHeldAndCountedAtCommit() throws {
        // When 20.00 is redeemed offline on a sale of 30.00
        let hold = try fixture.authorize("GC-0042", nil, due: 2_000).get()
        #expect(hold == RedemptionHold(position: 0, kind: .voucher, reference: "GC-0042", amount: 2_000, offline: true))
        #expect(try database.offlineUsage(terminalID: "T1", businessDay: F.day) == .init(thisSale: 2_000, today: 2_000, outstanding: 2_000))
        // And the sale is recorded with it
        let context = try SaleFixture.pricing()
        var cart = try SaleFixture.cart()
        try cart.addTender(.voucher, amount: 800, reference: "GC-0042", context: context)
        // (the hold was for another amount: a tender that does not match its hold counts as offline all the same)
        try cart.addTender(.card, amount: 30, context: context)
        try fixture.commit(try cart.complete(id: "o-1", staffID: "s-1", context: context))
        // Then today's and the outstanding usage count it, and no hold is left
        #expect(try database.offlineUsage(terminalID: "T1", businessDay: F.day) == .init(thisSale: 0, today: 800, outstanding: 800))
    }

    @Test func beyondEachCapTheRedemptionIsRefusedNamingIt() throws {
        // Per sale: 25.00
        #expect(try fixture.authorize("GC-0042", 2_600, due: 5_000) == .failure(.beyondOfflineAllowance(cap: .perSale, left: F.money(2_500))))
        // Per day: 40.00, after 25.00 and 10.00 recorded today
        try redeemOffline("o-1", 2_500)
        try redeemOffline("o-2", 1_000)
        #expect(try fixture.authorize("GC-0042", 600, due: 5_000) == .failure(.beyondOfflineAllowance(cap: .perDay, left: F.money(500))))
        // In total: 60.00 until the hub has them; the next day allows 40.00 again, but only 25.00 are left in total
        let tomorrow = try BusinessDay("2026-11-25")
        try redeemOffline("o-3", 2_000, day: tomorrow)
        #expect(try fixture.authorize("GC-0042", 600, due: 5_000, day: tomorrow)
            == .failure(.beyondOfflineAllowance(cap: .total, left: F.money(500))))
        // Online, the allowance does not apply
        #expect(try fixture.authorize("GC-0042", 2_000, due: 5_000, authority: .hub(VoucherBalance(balance: 4_500)), day: tomorrow)
            .map(\.offline) == .success(false))
    }

    @Test func onceTheHubHasThemTheTotalIsFreeAgain() throws {
        try redeemOffline("o-1", 2_500)
        try redeemOffline("o-2", 1_000)
        #expect(try database.offlineUsage(terminalID: "T1", businessDay: F.day).outstanding == 3_500)
        try fixture.settle(with: [try change(.voucher, "GC-0042", VoucherBalance(balance: 6_500))])
        #expect(try database.offlineUsage(terminalID: "T1", businessDay: F.day) == .init(thisSale: 0, today: 3_500, outstanding: 0))
    }

    @Test func theUsageSurvivesARestart() throws {
        try redeemOffline("o-1", 2_500)
        _ = try fixture.authorize("GC-0042", 500, due: 5_000).get()
        // When the till is started again on the same file
        let reopened = try AppDatabase(path: database.path)
        // Then what was redeemed offline, and the hold of the open sale, still count
        #expect(try reopened.offlineUsage(terminalID: "T1", businessDay: F.day) == .init(thisSale: 500, today: 3_000, outstanding: 3_000))
    }

    @Test func anExpiredEmptyOrUnknownVoucherIsRefusedOffline() throws {
        try fixture.issue("GC-0001", 1_000, expires: "2026-11-23")
        #expect(try fixture.authorize("GC-0001", nil) == .failure(.voucherExpired("GC-0001", on: "2026-11-23")))
        #expect(try fixture.authorize("GC-5555", nil) == .failure(.unknownVoucher("GC-5555")))
        try fixture.issue("GC-0002", 1_000)
        try redeemOffline("o-1", 1_000, code: "GC-0002")
        #expect(try fixture.authorize("GC-0002", nil) == .failure(.voucherEmpty("GC-0002")))
    }

    @Test func aVoucherAlreadyOnTheSaleCannotPayTwice() throws {
        try fixture.settle(with: [])
        let first = try fixture.authorize("GC-0042", 2_000, due: 10_000, authority: .hub(VoucherBalance(balance: 2_500))).get()
        let second = try fixture.authorize("GC-0042", 1_000, due: 8_000, tenders: [first.tender],
                                           authority: .hub(VoucherBalance(balance: 2_500)))
        #expect(second == .failure(.beyondVoucherBalance("GC-0042", balance: F.money(500))))
    }

    /// A sale of `amount` paid by voucher `code`, authorized offline.
    private func redeemOffline(_ id: String, _ amount: Int64, code: String = "GC-0042", day: BusinessDay = F.day) throws {
        _ = try fixture.authorize(code, amount, due: amount, day: day).get()
        let context = try SaleFixture.pricing()
        var cart = Cart(currency: F.chf, openedAt: SaleFixture.now)
        try cart.add(SaleFixture.product("item-\(id)", amount), at: SaleFixture.now)
        try cart.addTender(.voucher, amount: amount, reference: code, context: context)
        try fixture.commit(try cart.complete(id: id, staffID: "s-1", context: context), day: day.iso)
    }
}
