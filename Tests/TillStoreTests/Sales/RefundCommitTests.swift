import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct RefundCommitTests {
    let database: AppDatabase

    init() throws { database = try AppDatabase.makeTemporary() }

    static func context(_ id: String, training: Bool = false, approvedBy: String? = nil) -> RefundContext {
        RefundContext(refundID: id, terminalID: "T1", completedAt: "2026-11-24T11:00:00.000Z", businessDay: "2026-11-24",
                      staffID: "s-2", approvedBy: approvedBy, reason: "wrong size", training: training, eventID: "e-\(id)")
    }

    /// `SaleFixture`'s sale, committed: a coffee 4.50 (line 1) and two croissants 3.80 (line 2), 5.00 by card and 3.30 in cash.
    func commitSale(_ id: String = "o-1", training: Bool = false) throws -> Order {
        let order = try SaleFixture.order(id, training: training)
        _ = try database.commit(order, context: SaleFixture.context("e-\(id)"))
        return order
    }

    /// A refund of `items` against `order` as a lane would work it out, from what it read of the store.
    func refund(_ order: Order, _ items: [Int: Quantity]? = nil, previous: [Refund]? = nil) throws -> Refund {
        try RefundCalculator.against(order, items: items, previous: previous ?? database.refunds(ofSale: order.id), cashIncrement: 5)
    }

    func rows(_ sql: String) throws -> [Row] {
        try database.writer.read { try Row.fetchAll($0, sql: sql) }
    }

    @Test func aFullRefundWritesEveryRowAndPutsTheStockBack() throws {
        // Given receipt 1 paid 5.00 by card and 3.30 in cash
        let order = try commitSale()
        // When all of it is refunded with a supervisor's approval
        let refund = try refund(order)
        let committed = try database.commit(refund, context: Self.context("r-1", approvedBy: "boss"))
        // Then the refund is number 1, the outbox's second event, and every row adds up
        #expect(committed == CommittedRefund(refundID: "r-1", refundNumber: 1, training: false, outboxSequence: 2))
        let stored = try #require(try rows("SELECT * FROM refund").first)
        #expect(stored["original_sale_id"] as String? == "o-1")
        #expect(stored["total"] as Int64 == 830)
        #expect(stored["paid_back"] as Int64 == 830)
        #expect(stored["approved_by"] as String? == "boss")
        #expect(stored["staff_id"] as String == "s-2")
        #expect(try rows("SELECT original_line_id, product_id, category_id, quantity, amount FROM refund_line ORDER BY position").map {
            "\($0[0] as Int) \($0[1] as String) \($0[2] as String) \($0[3] as Int64) \($0[4] as Int64)"
        } == ["1 coffee cafe 1000 450", "2 croissant cafe 2000 380"])
        #expect(try rows("SELECT tax_code, base + tax FROM refund_tax ORDER BY tax_code").map { "\($0[0] as String) \($0[1] as Int64)" }
                == ["reduced 380", "standard 450"])
        #expect(try rows("SELECT kind, amount, reference FROM refund_tender ORDER BY position").map {
            "\($0[0] as String) \($0[1] as Int64) \($0[2] as String? ?? "-")"
        } == ["card 500 AUTH1", "cash 330 -"])
        #expect(try database.stockLevel(productID: "coffee") == Quantity(thousandths: 0))
        #expect(try database.stockLevel(productID: "croissant") == Quantity(thousandths: 0))
        #expect(try database.count("stock_movement", where: "reason = 'refund' AND refund_id = 'r-1' AND sale_id IS NULL") == 2)
        // And the outbox carries the refund for the hub
        let event = try #require(try database.outbox().last)
        #expect(event.kind == "refund" && event.id == "e-r-1" && event.sequence == 2)
        let payload = try #require(try database.payloads("refund").first)
        #expect(payload["refundNumber"] as? Int == 1)
        #expect(payload["refundID"] as? String == "r-1")
        let refundJSON = try JSONSerialization.data(withJSONObject: try #require(payload["refund"]))
        #expect(try JSONDecoder().decode(Refund.self, from: refundJSON) == refund)
        // And the receipt reads back refunded, with its refund beside it
        #expect(try database.refunds(ofSale: "o-1") == [refund])
        #expect(try database.sales(on: "2026-11-24").map(\.refunded) == [830])
        #expect(try database.refunds(on: "2026-11-24") == [RefundSummary(
            id: "r-1", refundNumber: 1, originalSaleID: "o-1", originalReceiptNumber: 1, total: 830, paidBack: 830,
            completedAt: "2026-11-24T11:00:00.000Z")])
    }

    @Test func partialRefundsAddUpAndOneBeyondWhatWasSoldIsRefusedInTheTransaction() throws {
        let order = try commitSale()
        // Given one croissant refunded
        _ = try database.commit(try refund(order, [2: .each(1)]), context: Self.context("r-1"))
        // When another lane, which read the receipt before that refund, refunds both croissants
        let stale = try refund(order, [2: .each(2)], previous: [])
        // Then it is refused, and nothing of it is written
        #expect(throws: StoreError.conflict("Line 2 of receipt 1 has only 1 left to refund.")) {
            try database.commit(stale, context: Self.context("r-2"))
        }
        #expect(try database.count("refund") == 1)
        #expect(try database.count("refund_line") == 1)
        #expect(try database.count("outbox") == 2)
        // When the second croissant is refunded from what the store holds now
        let second = try database.commit(try refund(order, [2: .each(1)]), context: Self.context("r-3"))
        // Then the two refunds give back exactly the line, under the next number
        #expect(second.refundNumber == 2)
        #expect(try database.refunds(ofSale: "o-1").map(\.total) == [190, 190])
        #expect(try database.sale(receiptNumber: 1, training: false, terminalID: "T1")?.refunded == 380)
        #expect(try database.stockLevel(productID: "croissant") == Quantity(thousandths: 0))
        // And a third, worked out before the second, is refused too
        #expect(throws: StoreError.conflict("Line 2 of receipt 1 has been refunded in full already.")) {
            try database.commit(try refund(order, [2: .each(1)], previous: []), context: Self.context("r-4"))
        }
        #expect(try database.count("refund") == 2)
        #expect(try database.count("stock_movement", where: "reason = 'refund'") == 2)
    }

    @Test func twoLanesRefundingTheSameReceiptAtOnceGiveItBackOnce() async throws {
        // Given receipt 1, and two connections to the store as two processes would have
        let order = try commitSale()
        let lanes = [database, try AppDatabase(path: database.path)]
        // When both refund all of it at the same time
        let refund = try refund(order)
        let errors = await withTaskGroup(of: StoreError?.self) { group in
            for (index, lane) in lanes.enumerated() {
                group.addTask {
                    do throws(StoreError) {
                        _ = try lane.commit(refund, context: Self.context("r-\(index)"))
                        return nil
                    } catch {
                        return error
                    }
                }
            }
            return await group.reduce(into: [StoreError?]()) { $0.append($1) }
        }
        // Then one is committed and the other refused, and the goods came back once
        #expect(errors.compactMap { $0 } == [.conflict("Line 1 of receipt 1 has been refunded in full already.")])
        #expect(try database.count("refund") == 1)
        #expect(try database.stockLevel(productID: "croissant") == Quantity(thousandths: 0))
    }

    @Test func aRefundWorkedOutFromStaleRefundsIsRefusedEvenWhenTheQuantityFits() throws {
        // Given a sale of three buns with 0.01 off the line (3.74), one bun refunded (1.25)
        let context = try SaleFixture.pricing()
        var cart = Cart(currency: SaleFixture.chf, openedAt: SaleFixture.now)
        let buns = try cart.add(SaleFixture.product("bun", 125), quantity: .each(3), at: SaleFixture.now)
        try cart.discount(.amount(1), line: buns)
        try cart.addTender(.card, amount: 374, context: context)
        let order = try cart.complete(id: "o-1", staffID: "s-1", context: context)
        _ = try database.commit(order, context: SaleFixture.context("e-o-1"))
        _ = try database.commit(try refund(order, [buns: .one]), context: Self.context("r-1"))
        // When another lane refunds a bun worked out as if none had been: 1.25 where 1.24 is due
        let stale = try refund(order, [buns: .one], previous: [])
        #expect(stale.total == 125)
        // Then it is refused, as it would give back a cent more than was paid
        #expect(throws: StoreError.conflict("Receipt 1 was refunded on another lane meanwhile; work this refund out again.")) {
            try database.commit(stale, context: Self.context("r-2"))
        }
        #expect(try database.commit(try refund(order, [buns: .one]), context: Self.context("r-3")).refundNumber == 2)
        #expect(try database.refunds(ofSale: "o-1").map(\.total) == [125, 124])
    }

    @Test func refundNumbersAreGaplessAndTrainingRefundsAreNumberedApartWithoutStockOrOutbox() throws {
        let real = try commitSale("o-1")
        let training = try commitSale("t-1", training: true)
        // When a real refund, a training sale's refund and another real refund are committed
        let first = try database.commit(try refund(real, [1: .one]), context: Self.context("r-1"))
        let practice = try database.commit(try refund(training), context: Self.context("r-2"))
        let second = try database.commit(try refund(real, [2: .each(1)]), context: Self.context("r-3"))
        // Then real refunds are 1 and 2, the training sale's refund is training refund 1
        #expect([first.refundNumber, second.refundNumber] == [1, 2])
        #expect(practice == CommittedRefund(refundID: "r-2", refundNumber: 1, training: true, outboxSequence: nil))
        // And the training refund moved no stock and sent nothing to the hub
        #expect(try database.count("stock_movement", where: "refund_id = 'r-2'") == 0)
        #expect(try database.outbox().map(\.id) == ["e-o-1", "e-r-1", "e-r-3"])
        #expect(try database.refunds(on: "2026-11-24").map(\.refundNumber) == [1, 2])
        #expect(try database.refunds(on: "2026-11-24", training: true).map(\.id) == ["r-2"])
        // And a real receipt cannot be refunded in training mode
        #expect(throws: StoreError.conflict("Receipt 1 is a real sale; leave training mode to refund it.")) {
            try database.commit(try refund(real, [2: .each(1)]), context: Self.context("r-4", training: true))
        }
    }

    @Test func aReturnWithoutAReceiptPutsTheStockBackAndIsNumberedWithTheRest() throws {
        var cart = Cart(currency: SaleFixture.chf, openedAt: SaleFixture.now)
        try cart.add(SaleFixture.product("coffee", 450), quantity: .each(2), at: SaleFixture.now)
        let refund = try RefundCalculator.withoutReceipt(cart, context: try SaleFixture.pricing())
        let committed = try database.commit(refund, context: Self.context("r-1"))
        #expect(committed.refundNumber == 1 && committed.outboxSequence == 1)
        #expect(try database.stockLevel(productID: "coffee") == Quantity(thousandths: 2000))
        #expect(try database.refunds(on: "2026-11-24").first?.originalSaleID == nil)
        #expect(try database.count("refund_line", where: "original_line_id IS NULL AND category_id IS NULL") == 1)
    }

    @Test func aFailureMidCommitLeavesNothingAndGivesTheNumberBack() throws {
        // Given a sale, and an outbox that refuses the next event
        let order = try commitSale()
        try database.writer.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
        }
        // When it is refunded
        #expect(throws: StoreError.self) { try database.commit(try refund(order), context: Self.context("r-1")) }
        // Then nothing of the refund was written and the stock is still out
        for table in ["refund", "refund_line", "refund_tax", "refund_tender"] {
            #expect(try database.count(table) == 0, "\(table)")
        }
        #expect(try database.count("stock_movement", where: "reason = 'refund'") == 0)
        #expect(try database.stockLevel(productID: "croissant") == Quantity(thousandths: -2000))
        #expect(try database.count("outbox") == 1)
        // And the refund number is used by the next refund
        try database.writer.write { try $0.execute(sql: "DROP TRIGGER refuse") }
        #expect(try database.commit(try refund(order), context: Self.context("r-2")).refundNumber == 1)
    }

    @Test func aSaleIsFoundByItsReceiptNumberOnItsTerminal() throws {
        _ = try commitSale("o-1")
        _ = try commitSale("o-2")
        _ = try commitSale("t-1", training: true)
        let found = try #require(try database.sale(receiptNumber: 2, training: false, terminalID: "T1"))
        #expect(found.id == "o-2" && found.staffID == "s-1" && found.total == 830 && found.refunded == 0)
        #expect(try database.sale(receiptNumber: 1, training: true, terminalID: "T1")?.id == "t-1")
        #expect(try database.sale(receiptNumber: 2, training: true, terminalID: "T1") == nil)
        #expect(try database.sale(receiptNumber: 2, training: false, terminalID: "T2") == nil)
        #expect(try database.sale(receiptNumber: 3, training: false, terminalID: "T1") == nil)
    }

    @Test func sqliteRefusesARefundWhoseTendersDoNotAddUp() throws {
        #expect(throws: DatabaseError.self) {
            try database.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO refund (id, terminal_id, refund_number, training, completed_at, business_day, staff_id, currency,
                                        total, tax_total, rounding, paid_back, document)
                    VALUES ('x', 'T1', 1, 0, 't', 'd', 's', 'CHF', 100, 8, 0, 105, '{}')
                    """)
            }
        }
    }
}
