import Foundation
import TillCore
import TillStore

/// A year of a busy lane's report counters, written straight into a fresh store's counter tables:
/// what `sales` sales over 2025 would have left in them, generated from a fixed seed.
///
/// Committing millions of sales one by one would take hours, so the sales are only simulated: each
/// has 1 to 10 lines (5.5 on average, so 3,600,000 sales are about 20,000,000 lines) of products
/// picked with a skew towards the best sellers, 1 to 3 of each, at 8.1 % or 2.6 % tax included;
/// three in five are paid in cash (rounded to 0.05, change from the next 10.00), the rest by card;
/// every 100th has a line voided and every 300th a line refunded. Sales run from 08:00 to 22:00
/// UTC, Ann's until 15:00 and Bob's after; the counters are added up in memory and written in one
/// transaction through the C API, month counters included.
final class YearOfCounters {
    static let year = 2025
    let folder = BenchFolder()
    let database: AppDatabase
    let sales: Int
    private(set) var lines = 0
    private let products: Int
    private var random = SplitMix64(seed: 2025)

    init(sales: Int, products: Int) throws {
        self.sales = sales
        self.products = products
        database = try AppDatabase(directory: DataDirectory(url: folder.url))
        let writer = try CounterWriter(path: database.path)
        try writer.begin()
        var month = MonthOfItems(products: products)
        for day in 0..<365 {
            let date = Date(timeIntervalSince1970: 1_735_689_600 + TimeInterval(day) * 86_400)
            let iso = try DayOfSales.calendar.day(of: date).iso
            let first = String(iso.prefix(8)) + "01"
            if month.first != first {
                try writer.write(month)
                month = MonthOfItems(products: products, first: first)
            }
            var counts = DayOfCounts(products: products, day: iso, midnight: Int64(date.timeIntervalSince1970) / 900)
            let count = sales / 365 + (day < sales % 365 ? 1 : 0)
            for index in 0..<count { simulate(sale: index, of: count, into: &counts) }
            month.add(counts.items)
            try writer.write(counts)
        }
        try writer.write(month)
        try writer.commit()
    }

    /// One sale's lines, tax, tender, void and refund, added to the day's counts.
    private func simulate(sale index: Int, of count: Int, into counts: inout DayOfCounts) {
        let quarter = 32 + index * 56 / count
        let staff = quarter < 60 ? 0 : 1
        var total: Int64 = 0
        var items: Int64 = 0
        var firstLine: (product: Int, net: Int64)?
        for _ in 0..<(1 + Int(random.next() % 10)) {
            let spread = Double(random.next() % 1_000_000) / 1_000_000
            let product = Int(spread * spread * Double(products))
            let quantity = Int64(1 + random.next() % 3)
            let net = Self.price(product) * quantity
            counts.items[product].quantity += quantity * 1_000
            counts.items[product].net += net
            counts.addTax(net, standard: product % 3 == 0, refund: false)
            total += net
            items += quantity * 1_000
            firstLine = firstLine ?? (product, net)
            lines += 1
        }
        let cash = index % 5 < 3
        let rounding = cash ? (total + 2) / 5 * 5 - total : 0
        let paid = cash ? ((total + rounding) / 1_000 + 1) * 1_000 : total
        counts.sales[staff][quarter - 32].add(items: items, total: total, rounding: rounding, change: paid - total - rounding)
        counts.tenders[cash ? 0 : 1].sale(paid)
        if index % 100 == 50, let line = firstLine { counts.voids[staff][Self.price(line.product), default: 0] += 1 }
        if index % 300 == 150, let line = firstLine {
            counts.refunds[staff].add(line.net)
            counts.addTax(line.net, standard: line.product % 3 == 0, refund: true)
            counts.tenders[cash ? 0 : 1].refund(line.net)
        }
    }

    /// A product's price: 0.95 to 20.94.
    static func price(_ product: Int) -> Int64 { Int64(95 + product * 37 % 2_000) }
}

/// One product's lines added up.
struct ItemSum {
    var quantity: Int64 = 0
    var net: Int64 = 0
}

/// One month's lines by product, for the month counters.
struct MonthOfItems {
    var first = ""
    var items: [ItemSum]

    init(products: Int, first: String = "") {
        self.first = first
        items = Array(repeating: ItemSum(), count: products)
    }

    mutating func add(_ day: [ItemSum]) {
        for (product, sum) in day.enumerated() {
            items[product].quantity += sum.quantity
            items[product].net += sum.net
        }
    }
}
