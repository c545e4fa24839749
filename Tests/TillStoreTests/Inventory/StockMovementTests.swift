import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// Each kind of stock movement, its effect on levels, and the outbox event that carries it to the hub.
@Suite struct StockMovementTests {
    let stock: StockFixture

    init() throws { stock = try StockFixture() }

    @Test func aDeliveryRaisesLevelsRecordsItsCostAndTellsTheHub() throws {
        // Given nothing on the books
        // When 12 milk at 0.85 and 6 croissants arrive at the floor
        let recorded = try stock.receive([try StockFixture.line("milk", 12, cost: 85), try StockFixture.line("croissant", 6)], id: "r-1",
                                         reference: "DN-1")
        // Then the levels rose, and one receipt event carries both movements with their effects
        #expect(try stock.level("milk") == 12 && stock.level("croissant") == 6)
        #expect(recorded.outboxSequence == 1)
        let events = try stock.events()
        #expect(events.map(\.kind) == ["stock-receipt"])
        #expect(StockFixture.deltas(events[0].payload) == ["milk@floor:12000", "croissant@floor:6000"])
        #expect((events[0].payload["receipt"] as? [String: Any])?["reference"] as? String == "DN-1")
        #expect(try stock.database.outbox().first?.id == "e-r-1")
        #expect(try stock.count("product_cost") == 1)
    }

    @Test func adjustmentsMoveStockTheWayTheirReasonSays() throws {
        // Given 10 milk on the floor
        try stock.receive([try StockFixture.line("milk", 10)], id: "r-1")
        // When 2 are written off as damaged and 1 is found in the back room
        _ = try stock.database.adjust(try StockAdjustment(productID: "milk", label: "Milk", locationID: "floor", quantity: .each(-2),
                                                          reason: .damage, note: " dropped "), context: stock.context("a-1"))
        _ = try stock.database.adjust(try StockAdjustment(productID: "milk", label: "Milk", locationID: "back-room", quantity: .one,
                                                          reason: .found), context: stock.context("a-2"))
        // Then the floor has 8 and the back room 1, each adjustment an event with its reason
        #expect(try stock.level("milk") == 8 && stock.level("milk", at: "back-room") == 1)
        let events = try stock.events().filter { $0.kind == "stock-adjustment" }
        #expect(events.map { StockFixture.deltas($0.payload) } == [["milk@floor:-2000"], ["milk@back-room:1000"]])
        #expect((events[0].payload["adjustment"] as? [String: Any])?["reason"] as? String == "damage")
        #expect((events[0].payload["adjustment"] as? [String: Any])?["note"] as? String == "dropped")
    }

    @Test func aTransferLeavesAtOnceAndArrivesWhenReceivedWithItsDiscrepancy() throws {
        // Given 10 milk and 4 croissants in the back room
        try stock.receive([try StockFixture.line("milk", 10), try StockFixture.line("croissant", 4)], id: "r-1", at: "back-room")
        // When 6 milk and 4 croissants are sent to the floor
        let sent = try stock.database.sendTransfer([TransferLine(productID: "milk", label: "Milk", sent: .each(4)),
                                                    TransferLine(productID: "croissant", label: "Croissant", sent: .each(4)),
                                                    TransferLine(productID: "milk", label: "Milk", sent: .each(2))],
                                                   from: "back-room", to: "floor", context: stock.context("t-1"))
        // Then they left the back room, are in transit, and have not reached the floor
        #expect(sent.number == "T1-1" && sent.status == .inTransit)
        #expect(sent.lines.map(\.sent) == [.each(6), .each(4)], "lines of one product are added up")
        #expect(try stock.level("milk", at: "back-room") == 4 && stock.level("milk") == 0)
        #expect(try stock.database.transfers(inTransit: true).map(\.number) == ["T1-1"])

        // When the floor receives them, counting 5 milk (one went missing)
        let received = try stock.database.receiveTransfer("T1-1", counted: ["milk": .each(5)], context: stock.context("t-1r", minutes: 5))

        // Then 5 milk and all 4 croissants arrived, and the missing milk stays on the transfer
        #expect(try stock.level("milk") == 5 && stock.level("croissant") == 4)
        #expect(received.status == .received)
        #expect(received.lines.compactMap(\.discrepancyText) == ["Milk: 1 short"])
        #expect(try stock.database.transfers(inTransit: true).isEmpty)
        let events = try stock.events()
        #expect(events.map(\.kind) == ["stock-receipt", "transfer-sent", "transfer-received"])
        #expect(StockFixture.deltas(events[1].payload) == ["milk@back-room:-6000", "croissant@back-room:-4000"])
        #expect(StockFixture.deltas(events[2].payload) == ["milk@floor:5000", "croissant@floor:4000"])
        // And it cannot be received twice
        #expect(throws: StoreError.self) { try stock.database.receiveTransfer("T1-1", context: stock.context("t-1r2")) }
        #expect(try stock.level("milk") == 5)
    }

    @Test func aTransferNeedsTwoPlacesThisStoreHas() throws {
        let line = [TransferLine(productID: "milk", label: "Milk", sent: .one)]
        #expect(throws: StoreError.conflict(InventoryError.sameLocation("floor").description)) {
            try stock.database.sendTransfer(line, from: "floor", to: "floor", context: stock.context("t-1"))
        }
        #expect(throws: StoreError.self) { try stock.database.sendTransfer(line, from: "floor", to: "cellar", context: stock.context("t-2")) }
        #expect(throws: StoreError.conflict("A transfer to store north goes through the hub: pair this terminal first (till sync pair).")) {
            try stock.database.sendTransfer(line, from: "floor", to: "floor", toStore: "north", context: stock.context("t-3"))
        }
        #expect(try stock.count("stock_transfer") == 0 && stock.count("outbox") == 0)
    }

    @Test func aRetryOrTheSamePaperworkTwiceNeverMovesStockTwice() throws {
        // Given a delivery booked as document r-1 with note DN-7
        try stock.receive([try StockFixture.line("milk", 12)], id: "r-1", reference: "DN-7")
        // When the same document is recorded again (a retried key press), or the note keyed in again
        #expect(throws: StoreError.conflict("Receipt r-1 is recorded already; nothing was booked twice.")) {
            try stock.receive([try StockFixture.line("milk", 12)], id: "r-1", reference: "DN-7")
        }
        #expect(throws: StoreError.self) { try stock.receive([try StockFixture.line("milk", 12)], id: "r-2", reference: "DN-7") }
        // Then the milk was counted once, with one event (one id for the hub to apply once)
        #expect(try stock.level("milk") == 12)
        #expect(try stock.database.outbox().map(\.id) == ["e-r-1"])
        #expect(try stock.count("stock_movement") == 1)
    }

    @Test func salesRungUpWithoutStockShowAsExceptionsForAManager() throws {
        // Given 1 coffee on the books
        try stock.receive([try StockFixture.line("coffee", 1)], id: "r-1")
        // When a sale (made offline, say) takes a coffee and two croissants
        _ = try stock.database.commit(try SaleFixture.order("o-1"), context: SaleFixture.context("e-o-1"))
        // Then the croissants are below zero: allowed, and listed as an exception; the coffee is not
        #expect(try stock.level("coffee") == 0 && stock.level("croissant") == -2)
        #expect(try stock.database.stockExceptions().map(\.sku) == ["croissant"])
        #expect(try stock.database.stockLevels().map(\.sku) == ["coffee", "croissant"])
    }

    @Test func everyMovementIsStampedWithTheEventThatCarriesIt() throws {
        try stock.receive([try StockFixture.line("coffee", 5)], id: "r-1")
        _ = try stock.database.commit(try SaleFixture.order("o-1"), context: SaleFixture.context("e-o-1"))
        let stamps = try stock.database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT reason, outbox_seq FROM stock_movement ORDER BY id").map { "\($0[0] as String):\($0[1] as Int64)" }
        }
        #expect(stamps == ["receipt:1", "sale:2", "sale:2"])
    }
}
