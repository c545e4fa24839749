import Foundation
import HubProcess
import Testing
import TillCore
import TillStore
import TillSync
import TillWire

/// Vouchers against the real hub over loopback: online the hub's balance decides (a lane's own
/// figure may be stale); when the hub does not answer, the lane decides within its offline allowance.
@Suite(.serialized) struct VoucherLoopbackTests {
    static let day = try! BusinessDay("2026-11-24")
    static let allowance = try! RedemptionAllowance(perSale: 2_500, perDay: 5_000, total: 10_000)

    /// A sale of `amount` on `lane` paid by voucher `code` as `hold` authorized it.
    static func sell(on lane: Lane, amount: Int64, hold: RedemptionHold, id: String) throws {
        let context = try Lane.pricing()
        var cart = Cart(currency: Lane.chf, openedAt: Lane.now)
        try cart.add(Product(id: ProductID("gift-\(id)"), sku: "gift-\(id)", name: "Goods", price: amount, taxCodes: ["standard"]),
                     at: Lane.now)
        try cart.addTender(hold.tender.kind, amount: hold.amount, reference: hold.reference, context: context)
        let rest = try cart.payment(context).remaining
        if rest > 0 { try cart.addTender(.card, amount: rest, context: context) }
        _ = try lane.database.commit(try cart.complete(id: id, staffID: "s-1", context: context),
                                     context: SaleContext(terminalID: lane.id, completedAt: "2026-11-24T10:00:00.000Z",
                                                          businessDay: "2026-11-24", eventID: id))
    }

    /// Asks the hub as the till does (offline when it does not answer) and authorizes the voucher on `lane`.
    static func authorize(_ lane: Lane, _ code: String, amount: Int64?, due: Int64, lookup: VoucherLookup) async throws
        -> (Result<RedemptionHold, LoyaltyError>, VoucherAuthority) {
        let authority: VoucherAuthority
        do throws(SyncError) {
            authority = .hub(try await lookup.balance(of: code))
        } catch {
            authority = .offline
        }
        let result = try lane.database.authorizeVoucher(try VoucherCode(code), requested: amount,
                                                        due: Money(minorUnits: due, currency: Lane.chf), authority: authority,
                                                        allowance: allowance, terminalID: lane.id, businessDay: day, tenders: [])
        return (result, authority)
    }

    @Test func onlineTheHubsBalanceDecidesOverALanesStaleFigure() async throws {
        // Given a 50.00 gift card sold on T1 and sent to the hub, and T2 paired
        let hub = try HubProcess()
        let first = try Lane("T1")
        let second = try Lane("T2")
        try await first.pair(with: hub)
        try await second.pair(with: hub)
        try first.database.loadVoucher(try VoucherCode("GC-50"), amount: Money(minorUnits: 5_000, currency: Lane.chf), kind: .sale,
                                       paidWith: .cash, terminalID: "T1", businessDay: Self.day, eventID: "issue-1", at: Date())
        try await first.syncFully()

        // When T2, which never pulled, takes 40.00 of it: the hub vouches for it
        let (taken, authority) = try await Self.authorize(second, "GC-50", amount: 4_000, due: 4_000,
                                                          lookup: VoucherLookup(database: second.database))
        #expect(authority == .hub(VoucherBalance(balance: 5_000)))
        let hold = try taken.get()
        #expect(!hold.offline, "online redemptions do not use the offline allowance")
        try Self.sell(on: second, amount: 4_000, hold: hold, id: "t2-sale")
        try await second.syncFully()

        // Then T1, whose own figure still says 50.00, is held to the hub's 10.00
        #expect(try first.database.voucher(code: try VoucherCode("GC-50"))?.balance == 5_000)
        let online = VoucherLookup(database: first.database)
        let (refused, _) = try await Self.authorize(first, "GC-50", amount: 2_000, due: 2_000, lookup: online)
        #expect(refused == .failure(.beyondVoucherBalance("GC-50", balance: Money(minorUnits: 1_000, currency: Lane.chf))))
        let (rest, _) = try await Self.authorize(first, "GC-50", amount: nil, due: 2_000, lookup: online)
        #expect(try rest.get().amount == 1_000)
        // And a code the hub never issued is refused outright
        let (unknown, _) = try await Self.authorize(first, "GC-99", amount: nil, due: 2_000, lookup: online)
        #expect(unknown == .failure(.unknownVoucher("GC-99")))
    }

    @Test func withTheHubDownALaneRedeemsOfflineWithinItsAllowanceAndTheHubReportsTheOverdraft() async throws {
        // Given a 30.00 card known to both lanes
        let hub = try HubProcess()
        let first = try Lane("T1")
        let second = try Lane("T2")
        try await first.pair(with: hub)
        try await second.pair(with: hub)
        try first.database.loadVoucher(try VoucherCode("GC-30"), amount: Money(minorUnits: 3_000, currency: Lane.chf), kind: .sale,
                                       paidWith: .cash, terminalID: "T1", businessDay: Self.day, eventID: "issue-1", at: Date())
        try await first.syncFully()
        try await second.syncFully()

        // When the hub goes away and both lanes redeem it offline
        hub.kill()
        let lookup = { (lane: Lane) in VoucherLookup(database: lane.database, deadline: .milliseconds(500)) }
        let (beyond, authority) = try await Self.authorize(first, "GC-30", amount: 3_000, due: 3_000, lookup: lookup(first))
        #expect(authority == .offline)
        #expect(beyond == .failure(.beyondOfflineAllowance(cap: .perSale, left: Money(minorUnits: 2_500, currency: Lane.chf))))
        let firstHold = try await Self.authorize(first, "GC-30", amount: 2_500, due: 2_500, lookup: lookup(first)).0.get()
        try Self.sell(on: first, amount: 2_500, hold: firstHold, id: "t1-sale")
        let secondHold = try await Self.authorize(second, "GC-30", amount: 2_000, due: 2_000, lookup: lookup(second)).0.get()
        try Self.sell(on: second, amount: 2_000, hold: secondHold, id: "t2-sale")
        #expect(try first.database.offlineUsage(terminalID: "T1", businessDay: Self.day).outstanding == 2_500)

        // Then, the hub back, the card stands at -15.00, at most the lanes' allowances, and the overdraft is reported
        try hub.start()
        try await first.syncFully()
        try await second.syncFully()
        try await first.syncFully()
        #expect(try first.database.voucher(code: try VoucherCode("GC-30"))?.balance == -1_500)
        #expect(try first.database.offlineUsage(terminalID: "T1", businessDay: Self.day).outstanding == 0)
        #expect(try hub.run(["report", "--store", "S"]).contains("GC-30: -1500 minor units\tafter event t2-sale"))
    }
}
