import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct SaleCommitTests {
    let database: AppDatabase

    init() throws { database = try AppDatabase.makeTemporary() }

    func count(_ table: String) throws -> Int {
        try database.writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    @Test func aSaleAndEverythingThatFollowsFromItIsWrittenTogether() throws {
        // Given a cart in progress on T1
        try database.saveOpenCart(try SaleFixture.cart(), terminalID: "T1", at: "t")
        // When it is paid and committed
        let order = try SaleFixture.order("o-1")
        let committed = try database.commit(order, context: SaleFixture.context("e-1", points: 12))
        // Then the sale has receipt 1 and outbox sequence 1
        #expect(committed == CommittedSale(orderID: "o-1", receiptNumber: 1, training: false, outboxSequence: 1))
        #expect(try count("sale_line") == 3)
        #expect(try count("sale_tender") == 2)
        #expect(try count("sale_tax") == 2)
        #expect(try count("stock_movement") == 2)
        #expect(try count("loyalty_movement") == 1)
        #expect(try database.openCart(terminalID: "T1") == nil)
        #expect(try database.stockLevel(productID: "croissant") == Quantity(thousandths: -2000))
        let events = try database.outbox()
        #expect(events.map(\.id) == ["e-1"])
        #expect(events.first?.payload.contains("\"receiptNumber\":1") == true)
        #expect(try database.order(id: "o-1") == order)
        let payload = try #require(events.first?.payload)
        let event = try #require(try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any])
        #expect(event["terminalID"] as? String == "T1")
        let orderJSON = try JSONSerialization.data(withJSONObject: try #require(event["order"]))
        #expect(try JSONDecoder().decode(Order.self, from: orderJSON) == order)
        #expect(try database.sales(on: "2026-11-24").map(\.total) == [order.priced.total])
    }

    @Test func trainingSalesAreNumberedApartAndTouchNothingElse() throws {
        _ = try database.commit(try SaleFixture.order("real-1"), context: SaleFixture.context("e-1"))
        let training = try database.commit(try SaleFixture.order("train-1", training: true), context: SaleFixture.context("e-2"))
        let real = try database.commit(try SaleFixture.order("real-2"), context: SaleFixture.context("e-3"))
        #expect(training.receiptNumber == 1 && training.training && training.outboxSequence == nil)
        #expect(real.receiptNumber == 2 && real.outboxSequence == 2)
        #expect(try count("stock_movement") == 4)
        #expect(try database.outbox().map(\.id) == ["e-1", "e-3"])
        #expect(try database.sales(on: "2026-11-24").count == 2)
        #expect(try database.sales(on: "2026-11-24", training: true).count == 1)
    }

    @Test func aFailureMidCommitLeavesNothingAndGivesTheNumberBack() throws {
        // Given a cart in progress and an outbox that refuses the next event
        try database.saveOpenCart(try SaleFixture.cart(), terminalID: "T1", at: "t")
        try database.writer.write { db in
            try db.execute(sql: "CREATE TRIGGER refuse BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
        }
        // When a sale is committed
        #expect(throws: StoreError.self) { try database.commit(try SaleFixture.order("o-1"), context: SaleFixture.context("e-1")) }
        // Then nothing of it was written, the open cart is still there, and the receipt number is unused
        for table in ["sale", "sale_line", "sale_tax", "sale_tender", "stock_movement", "loyalty_movement", "outbox"] {
            #expect(try count(table) == 0, "\(table)")
        }
        #expect(try database.openCart(terminalID: "T1") == SaleFixture.cart())
        try database.writer.write { try $0.execute(sql: "DROP TRIGGER refuse") }
        #expect(try database.commit(try SaleFixture.order("o-2"), context: SaleFixture.context("e-2")).receiptNumber == 1)
    }

    @Test func theSameEventCannotBeWrittenTwice() throws {
        _ = try database.commit(try SaleFixture.order("o-1"), context: SaleFixture.context("e-1"))
        #expect(throws: StoreError.self) { try database.commit(try SaleFixture.order("o-1"), context: SaleFixture.context("e-2")) }
        #expect(throws: StoreError.self) { try database.commit(try SaleFixture.order("o-2"), context: SaleFixture.context("e-1")) }
        #expect(try count("sale") == 1)
        #expect(try database.commit(try SaleFixture.order("o-3"), context: SaleFixture.context("e-3")).receiptNumber == 2)
    }

    @Test func numbersStayGaplessUnderConcurrentWritersFromTwoConnections() async throws {
        // Given two pools on the same file, as two processes would have
        let second = try AppDatabase(path: database.path)
        let order = try SaleFixture.order("template")
        // When 2 × 40 sales are committed at the same time
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (name, db) in [("a", database), ("b", second)] {
                group.addTask {
                    for index in 0..<40 {
                        let copy = Order(id: "\(name)-\(index)", cart: order.cart, priced: order.priced, payment: order.payment,
                                         staffID: order.staffID, training: false)
                        _ = try db.commit(copy, context: SaleFixture.context("\(name)-e-\(index)"))
                    }
                }
            }
            try await group.waitForAll()
        }
        // Then receipts and outbox sequences are exactly 1…80
        let receipts = try await database.writer.read { try Int64.fetchAll($0, sql: "SELECT receipt_number FROM sale ORDER BY 1") }
        #expect(receipts == Array(1...80))
        #expect(try database.outbox(limit: 1000).map(\.sequence) == Array(1...80))
    }

    @Test func jsonStringsAreEscapedAsRFC8259Says() throws {
        let text = "Café \"Linde\"\\ \n\t\u{01}"
        let quoted = text.quotedLiteral
        #expect(quoted == #""Café \"Linde\"\\ \n\t\u0001""#)
        #expect(try JSONDecoder().decode(String.self, from: Data(quoted.utf8)) == text)
    }

    @Test func sqliteRefusesASaleThatDoesNotAddUp() throws {
        #expect(throws: DatabaseError.self) {
            try database.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO sale (id, terminal_id, receipt_number, training, completed_at, business_day, staff_id, currency,
                                      item_count, subtotal, discount_total, tax_total, total, rounding, paid, change, document)
                    VALUES ('x', 'T1', 1, 0, 't', 'd', 's', 'CHF', 1000, 100, 0, 8, 100, 0, 100, 10, '{}')
                    """)
            }
        }
    }
}
