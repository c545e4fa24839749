import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// Reorder points and the low-stock list, and a store from before inventory keeping its history.
@Suite struct ReorderAndMigrationTests {
    @Test func productsAtOrBelowTheirPointAreListedWithWhatToOrder() throws {
        // Given milk (low at 4, ordered by 12) with 5 on the floor, and croissants (low at 6, by 10) never received
        let stock = try StockFixture()
        try stock.receive([try StockFixture.line("milk", 5)], id: "r-1")
        try stock.database.setReorderLevel(try ReorderLevel(point: .each(4), quantity: .each(12), product: "milk"), of: "milk", at: "floor")
        try stock.database.setReorderLevel(try ReorderLevel(point: .each(6), quantity: .each(10), product: "croissant"),
                                           of: "croissant", at: "floor")
        #expect(try stock.database.lowStock().map(\.onHand.sku) == ["croissant"])
        // When a sale takes milk to 4
        _ = try stock.database.adjust(try StockAdjustment(productID: "milk", label: "Milk", locationID: "floor", quantity: .each(-1),
                                                          reason: .ownUse), context: stock.context("a-1"))
        // Then both are low, the croissants (6 below) first, each with whole cases to order
        let low = try stock.database.lowStock(locationID: "floor")
        #expect(low.map(\.onHand.sku) == ["croissant", "milk"])
        #expect(low.map(\.suggested) == [.each(10), .each(12)])
        // And a cleared point is no longer watched; a location the store lacks is refused
        try stock.database.setReorderLevel(nil, of: "milk", at: "floor")
        #expect(try stock.database.lowStock().map(\.onHand.sku) == ["croissant"])
        #expect(throws: StoreError.self) { try stock.database.setReorderLevel(nil, of: "milk", at: "cellar") }
    }

    @Test func theFloorIsThereFromTheStart() throws {
        let database = try AppDatabase.makeTemporary()
        #expect(try database.locations() == [StockLocation.floor])
    }

    @Test func aStoreFromBeforeInventoryLinksItsSalesToTheirEvents() throws {
        // Given a store at v11 that sold two croissants (sale event 1) and refunded none
        let folder = FileManager.default.temporaryDirectory.appending(path: "till-v11-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appending(path: "till.sqlite").path
        let old = try DatabaseQueue(path: path)
        try AppDatabase.migrator.migrate(old, upTo: "v11-sync")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO outbox (seq, id, kind, payload, created_at) VALUES (1, 'e-1', 'sale', '{"order":{"id":"o-1"}}', 'now');
                INSERT INTO sale (id, terminal_id, receipt_number, training, completed_at, business_day, staff_id, currency, item_count,
                                  subtotal, discount_total, tax_total, total, rounding, paid, change, document)
                VALUES ('o-1', 'T1', 1, 0, 'now', '2026-11-24', 's', 'CHF', 2000, 380, 0, 10, 380, 0, 380, 0, '{}');
                INSERT INTO stock_movement (event_id, product_id, location_id, quantity, reason, sale_id, created_at)
                VALUES ('o-1/stock/1', 'croissant', 'floor', -2000, 'sale', 'o-1', 'now');
                """)
        }
        try old.close()
        // When this version opens it
        let database = try AppDatabase(path: path)
        // Then the sale's movement belongs to event 1 and the level is unchanged
        let seq = try database.writer.read { try Int64.fetchOne($0, sql: "SELECT outbox_seq FROM stock_movement") }
        #expect(seq == 1)
        #expect(try database.stockLevel(productID: "croissant") == .each(-2))
    }
}
