import Foundation
import GRDB
import TillCore
@testable import TillStore

/// A store for stock tests: real SQLite in a temporary folder, the café's products, a back room,
/// and contexts with ids and times the tests name.
struct StockFixture {
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.makeTemporary()
        try database.replaceTaxClasses([TaxClass(code: "standard", rate: TaxRate(percent: "8.1"))])
        try database.saveCategory(Category(id: "cafe", name: "Café"))
        try database.saveProducts(["coffee", "croissant", "water", "milk"].map { SaleFixture.product($0, 100) })
        try database.saveLocation(try StockLocation(id: "back-room", name: "Back room"), at: Self.start)
    }

    /// Who records document `id`, `minutes` after the start; its event id is "e-" and the id.
    func context(_ id: String, minutes: Double = 0) -> StockContext {
        StockContext(documentID: id, eventID: "e-\(id)", terminalID: "T1", staffID: "3", at: Self.start.addingTimeInterval(minutes * 60))
    }

    /// A product's level in whole items.
    func level(_ product: String, at location: String = "floor") throws -> Int64 {
        try database.stockLevel(productID: ProductID(product), locationID: location).thousandths / 1000
    }

    /// The outbox events: kind and payload as JSON objects, oldest first.
    func events() throws -> [(kind: String, payload: [String: Any])] {
        try database.outbox().map { ($0.kind, try JSONSerialization.jsonObject(with: Data($0.payload.utf8)) as? [String: Any] ?? [:]) }
    }

    /// The stock deltas an event carries to the hub: "product@location:thousandths".
    static func deltas(_ payload: [String: Any]) -> [String] {
        let stock = (payload["effects"] as? [String: Any])?["stock"] as? [[String: Any]] ?? []
        return stock.map { "\($0["product"] ?? "")@\($0["location"] ?? ""):\($0["quantity"] ?? "")" }
    }

    /// One line of a delivery.
    static func line(_ product: String, _ count: Int64, cost: Int64? = nil) throws -> Delivery.Line {
        try Delivery.Line(productID: ProductID(product), label: product, quantity: .each(count), unitCost: cost)
    }

    /// Receives `lines` at `location` as document `id`.
    @discardableResult
    func receive(_ lines: [Delivery.Line], id: String, at location: String = "floor", reference: String? = nil) throws -> RecordedStock {
        try database.receive(try Delivery(supplier: "Dairy", reference: reference, lines: lines), at: location, context: context(id))
    }

    /// Rows of a table, for checks on what was written.
    func count(_ table: String) throws -> Int {
        try database.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? -1 }
    }
}
