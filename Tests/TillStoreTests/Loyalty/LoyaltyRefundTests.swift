import Foundation
import Testing
import TillCore
@testable import TillStore
import TillWire

/// Refunds give back exactly: the points the refunded part earned are taken back, and the points and
/// voucher value that paid for it go back, however the sale is refunded piece by piece.
@Suite struct LoyaltyRefundTests {
    typealias F = LoyaltyStoreFixture
    let fixture: F
    var database: AppDatabase { fixture.database }

    init() throws {
        fixture = try F()
        try fixture.issue("GC-0042", 5_000)
        try fixture.settle(with: [try change(.loyalty, "c-1", LoyaltyBalance(points: 1_000, earned: 1_000)),
                                  try change(.voucher, "GC-0042", VoucherBalance(balance: 5_000))])
    }

    static func context(_ id: String) -> RefundContext {
        RefundContext(refundID: id, terminalID: "T1", completedAt: "2026-11-24T11:00:00.000Z", businessDay: "2026-11-24",
                      staffID: "s-2", eventID: "e-\(id)")
    }

    /// The fixture's 8.30 sale: 3.00 in points (300), 4.00 by voucher, the rest by card; it earned 7 points.
    func commitSale() throws -> Order {
        let order = try F.order("o-1", tenders: [Tender(kind: .points, amount: 300, reference: "300"),
                                                 Tender(kind: .voucher, amount: 400, reference: "GC-0042")])
        try fixture.commit(order, points: 7)
        return order
    }

    func refund(_ order: Order, _ items: [Int: Quantity]? = nil) throws -> Refund {
        try RefundCalculator.against(order, items: items, previous: database.refunds(ofSale: order.id), cashIncrement: 5)
    }

    @Test func aFullRefundReturnsPointsAndVoucherValueExactly() throws {
        let order = try commitSale()
        #expect(try database.loyaltyAccount(customerID: "c-1") == LoyaltyAccount(balance: 707, earned: 1_007))
        #expect(try database.voucher(code: try VoucherCode("GC-0042"))?.balance == 4_600)
        // When the whole sale comes back
        _ = try database.commit(try refund(order), context: Self.context("r-1"))
        // Then everything is as before the sale, and the refund's event says so to the hub
        #expect(try database.loyaltyAccount(customerID: "c-1") == LoyaltyAccount(balance: 1_000, earned: 1_000))
        #expect(try database.voucher(code: try VoucherCode("GC-0042"))?.balance == 5_000)
        let effects = try fixture.effects(ofEvent: "e-r-1")
        #expect(effects.loyalty == [LoyaltyDelta(customer: "c-1", points: -7, earned: -7), LoyaltyDelta(customer: "c-1", points: 300, earned: 0)])
        #expect(effects.vouchers == [VoucherDelta(code: "GC-0042", amount: 400)])
    }

    @Test func partialRefundsAddUpToExactlyWhatTheSaleMoved() throws {
        let order = try commitSale()
        // When the coffee (4.50) comes back, then one croissant, then the other
        _ = try database.commit(try refund(order, [1: .each(1)]), context: Self.context("r-1"))
        _ = try database.commit(try refund(order, [2: .each(1)]), context: Self.context("r-2"))
        let middle = try database.loyaltyAccount(customerID: "c-1")
        #expect(middle.earned > 1_000 && middle.earned < 1_007)
        _ = try database.commit(try refund(order, [2: .each(1)]), context: Self.context("r-3"))
        // Then, all of it back, not a point or a cent is off
        #expect(try database.loyaltyAccount(customerID: "c-1") == LoyaltyAccount(balance: 1_000, earned: 1_000))
        #expect(try database.voucher(code: try VoucherCode("GC-0042"))?.balance == 5_000)
        let events = try ["e-r-1", "e-r-2", "e-r-3"].map { try fixture.effects(ofEvent: $0) }
        #expect(events.flatMap(\.loyalty).reduce(0) { $0 + $1.points } == 300 - 7)
        #expect(events.flatMap(\.vouchers).reduce(0) { $0 + $1.amount } == 400)
    }

    @Test func aRefundOfASaleWithoutACustomerMovesNoPoints() throws {
        let order = try F.order("o-1", tenders: [Tender(kind: .voucher, amount: 830, reference: "GC-0042")], customer: nil)
        try fixture.commit(order)
        _ = try database.commit(try refund(order), context: Self.context("r-1"))
        #expect(try fixture.effects(ofEvent: "e-r-1").loyalty.isEmpty)
        #expect(try database.voucher(code: try VoucherCode("GC-0042"))?.balance == 5_000)
    }
}
