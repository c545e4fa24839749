import Foundation
import TillCore
import TillStore
import TillWire

/// A terminal's store holding `sales` committed sales its hub has not seen (a lane that was offline
/// for days), built once per run of till-bench and handed out as fresh copies, since a catch-up
/// empties the outbox it measures.
///
/// The sales are small (2 or 3 lines, cash), one a second, committed with syncing off
/// (`beginBulkLoad`), which changes how fast the store is made, not what it holds.
final class QueuedLane {
    let sales: Int
    /// The queued outbox events as they go on the wire, in seq order, for the raw baseline.
    let events: [WireEvent]
    private let folder: BenchFolder

    init(sales: Int) throws {
        let folder = BenchFolder()
        let pricing = try Self.pricing()
        let carts = try Self.carts(pricing)
        let start = Date().addingTimeInterval(-Double(sales))
        let database = try AppDatabase(directory: DataDirectory(url: folder.url))
        try database.beginBulkLoad()
        for index in 0..<sales {
            let id = UUID().uuidString.lowercased()
            let order = try carts[index % carts.count].complete(id: id, staffID: "staff-1", context: pricing)
            let completed = Timestamp.text(start.addingTimeInterval(Double(index)))
            _ = try database.commit(order, context: SaleContext(terminalID: "T1", completedAt: completed,
                                                                businessDay: String(completed.prefix(10)), eventID: id))
        }
        try database.endBulkLoad()
        let events = try database.eventsToPush(limit: sales)
        guard events.count == sales else { throw BenchError("\(sales) sales made \(events.count) outbox events") }
        self.sales = sales
        self.folder = folder
        self.events = events
    }

    /// A store of its own holding the queued sales, in a folder removed when the folder is released.
    func copy() throws -> (folder: BenchFolder, database: AppDatabase) {
        let copy = BenchFolder()
        try FileManager.default.createDirectory(at: copy.url, withIntermediateDirectories: true)
        let path = copy.url.appendingPathComponent("till.sqlite")
        try FileManager.default.copyItem(at: folder.url.appendingPathComponent("till.sqlite"), to: path)
        return (copy, try AppDatabase(path: path.path))
    }

    private static let chf = Currency(code: "CHF", exponent: 2)

    /// Swiss francs with the tax classes the bench hub's store has.
    private static func pricing() throws -> PricingContext {
        let table = try TaxTable([TaxClass(code: "standard", rate: TaxRate(millionths: 81_000)),
                                  TaxClass(code: "reduced", rate: TaxRate(millionths: 26_000))])
        return PricingContext(currency: chf, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive)), cashIncrement: 5)
    }

    /// Three paid carts of 2 or 3 lines, to be completed under each sale's own id.
    private static func carts(_ pricing: PricingContext) throws -> [Cart] {
        let time = LocalTime(weekday: 2, hour: 10, minute: 0)
        let products = [("coffee", 450, "standard"), ("croissant", 190, "reduced"), ("water", 300, "reduced"), ("sandwich", 780, "reduced")]
            .map { Product(id: ProductID($0.0), sku: $0.0, name: $0.0.capitalized, categoryID: "cafe", price: Int64($0.1), taxCodes: [$0.2]) }
        return try [[0, 1], [2, 3, 1], [0, 3]].map { picks in
            var cart = Cart(currency: chf, openedAt: time)
            for (position, pick) in picks.enumerated() {
                try cart.add(products[pick], quantity: .each(Int64(1 + position % 2)), at: time)
            }
            _ = try cart.addTender(.cash, amount: try pricing.price(cart).total, context: pricing)
            return cart
        }
    }
}
