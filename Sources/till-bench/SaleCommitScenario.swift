import Foundation
import TillCore
import TillStore

/// Committing a sale of 10 lines and 2 tenders with every side row, with `synchronous=FULL`.
///
/// Baseline: the same rows (sale, lines, taxes, tenders, stock movements, loyalty movement, outbox
/// event, receipt and outbox counters, report counters, open-cart clear) inserted through SQLite's C API with prepared statements, one
/// transaction per sale, into the same schema on the same disk. Target: Till keeps at least 70 % of
/// the baseline's throughput, so its median may be at most 1/0.7 of the baseline's.
struct SaleCommitScenario: Scenario {
    let name = "sale-commit"
    let unit = "µs"
    let target = Target.ratioAtMost(1 / 0.7, "≥ 70 % of raw SQLite throughput")

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        let order = try Self.order()
        let count = min(runs, 1_000)
        let tillFolder = BenchFolder()
        let database = try AppDatabase(directory: DataDirectory(url: tillFolder.url))
        var samples: [UInt64] = []
        for index in 0..<count {
            let copy = Order(id: "sale-\(index)", cart: order.cart, priced: order.priced, payment: order.payment,
                             staffID: order.staffID, training: false)
            let context = SaleContext(terminalID: "T1", completedAt: "2026-11-24T10:00:00.000Z", businessDay: "2026-11-24",
                                      loyaltyPoints: 10, eventID: "event-\(index)")
            samples.append(try time { _ = try database.commit(copy, context: context) } / 1_000)
        }
        let rawFolder = BenchFolder()
        _ = try AppDatabase(directory: DataDirectory(url: rawFolder.url))
        let raw = try RawSaleWriter(path: rawFolder.url.appendingPathComponent("till.sqlite").path, order: order)
        var baseline: [UInt64] = []
        for index in 0..<count {
            baseline.append(try time { try raw.write(index) } / 1_000)
        }
        return (samples, baseline)
    }

    /// A paid sale of 10 lines (one weighed, one voided) with a card and a cash tender, for a customer.
    static func order() throws -> Order {
        let chf = Currency(code: "CHF", exponent: 2)
        let table = try TaxTable([TaxClass(code: "standard", rate: TaxRate(percent: "8.1")),
                                  TaxClass(code: "reduced", rate: TaxRate(percent: "2.6"))])
        let pricing = PricingContext(currency: chf, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive)), cashIncrement: 5)
        let time = LocalTime(weekday: 2, hour: 10, minute: 0)
        var cart = Cart(currency: chf, openedAt: time)
        for index in 0..<10 {
            let product = Product(id: ProductID("p\(index)"), sku: "SKU-\(index)", name: "Product number \(index)", categoryID: "grocery",
                                  price: Int64(150 + 37 * index), taxCodes: [index % 3 == 0 ? "standard" : "reduced"],
                                  unit: index == 4 ? .kilogram : .each)
            let line = try cart.add(product, quantity: index == 4 ? .grams(734) : .each(Int64(1 + index % 3)), at: time)
            if index == 7 { try cart.void(line: line) }
        }
        cart.customerID = "customer-1"
        let due = try cart.payment(pricing).remaining
        try cart.addTender(.card, amount: due / 2, reference: "AUTH", context: pricing)
        try cart.addTender(.cash, amount: due, context: pricing)
        return try cart.complete(id: "template", staffID: "staff-1", context: pricing)
    }
}

/// A fresh folder under the temporary directory, removed when the value is released.
final class BenchFolder: Sendable {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("till-bench-\(UUID().uuidString)")
    deinit { try? FileManager.default.removeItem(at: url) }
}
