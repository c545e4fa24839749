import Foundation
import Testing
import TillCore
@testable import TillStore

/// A count session end to end: start (the books frozen), counts, the variance report, post.
@Suite struct CountSessionTests {
    let stock: StockFixture

    init() throws { stock = try StockFixture() }

    @Test func aCountFreezesTheBooksCountsVariesAndPostsTheVariances() throws {
        // Given 10 milk at 0.85 and 4 croissants at 1.20 on the floor
        try stock.receive([try StockFixture.line("milk", 10, cost: 85), try StockFixture.line("croissant", 4, cost: 120)], id: "r-1")

        // When a partial count starts, a sale then takes two croissants while people count
        let started = try stock.database.startCount(at: "floor", scope: .partial, context: stock.context("c-1"))
        _ = try stock.database.commit(try SaleFixture.order("o-1"), context: SaleFixture.context("e-o-1"))
        // and milk is scanned 7 times, croissants typed as 5 then corrected to 4, and 3 water found
        for _ in 0..<7 { _ = try stock.database.recordCount(.add(.one), of: "milk", label: "Milk", in: started.number, at: StockFixture.start) }
        _ = try stock.database.recordCount(.add(.each(5)), of: "croissant", label: "Croissant", in: 1, at: StockFixture.start)
        _ = try stock.database.recordCount(.set(.each(4)), of: "croissant", label: "Croissant", in: 1, at: StockFixture.start)
        let water = try stock.database.recordCount(.add(.each(3)), of: "water", label: "Water", in: 1, at: StockFixture.start)

        // Then the expected quantities are those at the start, not after the sale
        #expect(started.number == 1)
        #expect(started.sheet.map(\.expected) == [.each(4), .each(10)], "croissant and milk, by SKU")
        #expect(water.expected == Quantity(thousandths: 0) && water.counted == .each(3))
        // And the report shows milk 3 short (-2.55), water 3 over without a cost, croissants right
        let report = try stock.database.countSession(1).report()
        #expect(report.lines.map(\.label) == ["MILK", "WATER"])
        #expect(report.lines.map(\.variance) == [.each(-3), .each(3)])
        #expect(report.shortValue == -255 && report.uncosted == 1)

        // When it is posted
        let (recorded, posted) = try stock.database.postCount(1, context: stock.context("c-1-post", minutes: 30))

        // Then the variances are booked on top of what moved since: milk 7, croissants 4 - 2, water 3
        #expect(posted == report)
        #expect(try stock.level("milk") == 7 && stock.level("croissant") == 2 && stock.level("water") == 3)
        let event = try #require(try stock.events().last)
        #expect(event.kind == "stock-count" && recorded.id == "c-1")
        #expect(StockFixture.deltas(event.payload) == ["milk@floor:-3000", "water@floor:3000"])
        // And the count is closed: no more counts, no second post
        #expect(try stock.database.countSession(1).status == .posted)
        #expect(throws: StoreError.self) { try stock.database.postCount(1, context: stock.context("c-1-again")) }
        #expect(throws: StoreError.self) {
            try stock.database.recordCount(.add(.one), of: "milk", label: "Milk", in: 1, at: StockFixture.start)
        }
    }

    @Test func aFullCountWritesOffWhatNobodyCounted() throws {
        try stock.receive([try StockFixture.line("milk", 10), try StockFixture.line("croissant", 4)], id: "r-1")
        _ = try stock.database.startCount(at: "floor", scope: .full, context: stock.context("c-1"))
        _ = try stock.database.recordCount(.add(.each(10)), of: "milk", label: "Milk", in: 1, at: StockFixture.start)
        _ = try stock.database.postCount(1, context: stock.context("c-1-post"))
        #expect(try stock.level("milk") == 10 && stock.level("croissant") == 0)
    }

    @Test func oneCountAtATimePerLocationAndACancelledOneBooksNothing() throws {
        try stock.receive([try StockFixture.line("milk", 10)], id: "r-1")
        _ = try stock.database.startCount(at: "floor", scope: .partial, context: stock.context("c-1"))
        #expect(throws: StoreError.conflict("Count 1 is already open at floor; post or cancel it before starting another.")) {
            try stock.database.startCount(at: "floor", scope: .full, context: stock.context("c-2"))
        }
        _ = try stock.database.startCount(at: "back-room", scope: .partial, context: stock.context("c-3"))
        _ = try stock.database.recordCount(.add(.each(2)), of: "milk", label: "Milk", in: 1, at: StockFixture.start)
        try stock.database.cancelCount(1, context: stock.context("c-1-cancel"))
        #expect(try stock.level("milk") == 10)
        #expect(try stock.database.countSessions(open: true).map(\.number) == [2])
        #expect(try stock.database.outbox().count == 1, "only the delivery")
    }
}
