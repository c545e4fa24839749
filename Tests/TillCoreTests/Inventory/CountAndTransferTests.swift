import Testing
import TillCore

/// The arithmetic of a count session, a transfer's discrepancy, and the low-stock list.
@Suite struct CountAndTransferTests {
    static func sheet() throws -> [CountLine] {
        var milk = CountLine(productID: "milk", label: "Milk", expected: .each(10), unitCost: 85)
        var bread = CountLine(productID: "bread", label: "Bread", expected: .each(4), unitCost: 120)
        let salt = CountLine(productID: "salt", label: "Salt", expected: .each(3), unitCost: nil)
        var tea = CountLine(productID: "tea", label: "Tea", expected: .each(-2), unitCost: 300)
        try milk.add(.each(6))
        try milk.add(.one)
        try bread.add(.each(5))
        try bread.set(.each(4))
        try tea.add(.each(1))
        return [milk, bread, salt, tea]
    }

    @Test func aPartialCountBooksOnlyWhatWasCountedAndValuesItAtCost() throws {
        // Given milk counted 7 of 10, bread recounted to exactly 4, salt not counted, and tea that
        // was below zero on the books (sold offline) with 1 on the shelf
        let report = try CountReport(sheet: try Self.sheet(), scope: .partial)
        // Then milk is 3 short (2.55) and tea 3 over (9.00); bread and salt book nothing
        #expect(report.lines.map(\.label) == ["Milk", "Tea"])
        #expect(report.lines.map(\.variance) == [.each(-3), .each(3)])
        #expect(report.lines.map(\.value) == [-255, 900])
        #expect(report.shortValue == -255 && report.overValue == 900 && report.netValue == 645)
        #expect(report.counted == 3 && report.uncounted == 1 && report.uncosted == 0)
    }

    @Test func aFullCountTakesWhatNobodyCountedAsGone() throws {
        let report = try CountReport(sheet: try Self.sheet(), scope: .full)
        // Then the uncounted salt is written off too, without a value (it has no cost)
        #expect(report.lines.map(\.label) == ["Milk", "Salt", "Tea"])
        #expect(report.lines.first { $0.label == "Salt" }?.counted == Quantity(thousandths: 0))
        #expect(report.lines.first { $0.label == "Salt" }?.value == nil)
        #expect(report.uncosted == 1)
    }

    @Test func aCountNeverGoesBelowZero() throws {
        var milk = CountLine(productID: "milk", label: "Milk", expected: .each(10), unitCost: nil)
        try milk.add(.each(2))
        #expect(throws: InventoryError.countBelowZero(product: "Milk", counted: .each(-1))) { try milk.add(.each(-3)) }
        #expect(milk.counted == .each(2))
    }

    @Test func aTransferReceivedShortKeepsItsDiscrepancy() throws {
        // Given 10 milk and 6 bread sent
        let sent = [TransferLine(productID: "milk", label: "Milk", sent: .each(10)), TransferLine(productID: "bread", label: "Bread", sent: .each(6))]
        // When 8 milk arrive and the bread is not mentioned
        let received = try TransferLine.receive(sent, counted: ["milk": .each(8)], transfer: "T1-1")
        // Then the bread arrived as sent and the milk is 2 short
        #expect(received.map(\.received) == [.each(8), .each(6)])
        #expect(received.map(\.discrepancy) == [.each(2), Quantity(thousandths: 0)])
        #expect(received.compactMap(\.discrepancyText) == ["Milk: 2 short"])
        // And a product that was never sent cannot be received on it
        #expect(throws: InventoryError.notOnTransfer(product: "Tea", transfer: "T1-1")) {
            try TransferLine.receive(sent, counted: ["tea": .one], transfer: "T1-1", labels: ["tea": "Tea"])
        }
    }

    @Test func lowStockOrdersWholeCasesMostUrgentFirst() throws {
        // Given milk low at 4 ordered in 12s, bread low at 10 ordered in 6s
        let milk = try ReorderLevel(point: .each(4), quantity: .each(12), product: "Milk")
        let bread = try ReorderLevel(point: .each(10), quantity: .each(6), product: "Bread")
        func onHand(_ id: String, _ count: Int64) -> StockOnHand {
            StockOnHand(productID: ProductID(id), sku: id, name: id, locationID: "floor", quantity: .each(count))
        }
        // When milk is at 5 (fine), then at 4 and at -3; bread at 3
        #expect(milk.suggestedOrder(for: .each(5)) == Quantity(thousandths: 0))
        #expect(milk.suggestedOrder(for: .each(4)) == .each(12))
        #expect(milk.suggestedOrder(for: .each(-9)) == .each(24), "-9 + 12 is still at or below 4")
        let list = LowStockEntry.list([(onHand("milk", -3), milk), (onHand("bread", 3), bread), (onHand("tea", 50), bread)])
        // Then bread (7 below its point) comes before milk (7 below too, by SKU), and tea is not low
        #expect(list.map(\.onHand.sku) == ["bread", "milk"])
        #expect(list.map(\.suggested) == [.each(12), .each(12)])
        #expect(throws: InventoryError.badReorderLevel(product: "Milk")) {
            try ReorderLevel(point: .each(-1), quantity: .each(12), product: "Milk")
        }
    }
}
