import Foundation
import TillCore
import TillStore

/// A busy day at one lane, rung up through the real cart engine and committed through the real sale
/// and refund commits, with syncing off while it is built (`beginBulkLoad`).
///
/// 2026-11-24, 08:00 to 22:00 UTC: Ann's shift until 15:00 (counted and closed), then Bob's (still
/// open); 2,000 products in 20 categories at 8.1 % and 2.6 %, one in 50 weighed; 1 to 10 lines a
/// sale; every 100th sale has a line voided, every 10th is split between card and cash, every 500th
/// is training; cash is rounded to 0.05; 50 sales get a line refunded in the evening.
struct DayOfSales {
    static let day = "2026-11-24"
    static let chf = Currency(code: "CHF", exponent: 2)
    static let calendar: BusinessCalendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return BusinessCalendar(calendar)
    }()

    let folder = BenchFolder()
    let database: AppDatabase
    /// Sales that count (training ones do not).
    let realSales: Int

    init(sales count: Int) throws {
        database = try AppDatabase(directory: DataDirectory(url: folder.url))
        try database.beginBulkLoad()
        let pricing = try Self.pricing()
        let products = (0..<2_000).map(Self.product)
        let opening = Self.time(hour: 8)
        for (id, name) in [("ann", "Ann"), ("bob", "Bob")] {
            try database.saveStaff(try StaffMember(id: id, name: name, role: .cashier), pin: try PIN("2468"), rounds: 1_000, at: opening)
        }
        try database.clock(.clockIn, staffID: "ann", terminalID: "T1", at: opening)
        try database.openShift(Shift(id: "am", terminalID: "T1", cashierID: "ann", openedAt: opening, openingFloat: try CashCount(.chf)))
        var orders: [Order] = []
        var realSales = 0
        var morningOpen = true
        for index in 0..<count {
            let minute = 8 * 60 + index * 14 * 60 / count
            let afternoon = minute >= 15 * 60
            if afternoon && morningOpen {
                try Self.closeMorning(of: database)
                morningOpen = false
            }
            let order = try Self.order(index, products: products, pricing: pricing, staffID: afternoon ? "bob" : "ann")
            let stamp = Timestamp.text(Self.time(hour: 0, minute: minute))
            _ = try database.commit(order, context: SaleContext(terminalID: "T1", completedAt: stamp, businessDay: Self.day,
                                                                shiftID: afternoon ? "pm" : "am", eventID: "sale-event-\(index)"))
            orders.append(order)
            if !order.training { realSales += 1 }
        }
        for (position, order) in orders.enumerated() where position % (count / 50) == 7 && !order.training {
            guard let line = order.priced.lines.first?.line else { continue }
            let refund = try RefundCalculator.against(order, items: [line.id: line.quantity], cashIncrement: 5)
            _ = try database.commit(refund, context: RefundContext(
                refundID: "refund-\(position)", terminalID: "T1", completedAt: Timestamp.text(Self.time(hour: 21, minute: position % 60)),
                businessDay: Self.day, staffID: "bob", shiftID: "pm", reason: "changed their mind", eventID: "refund-event-\(position)"))
        }
        try database.endBulkLoad()
        self.realSales = realSales
    }

    /// Counts Ann's drawer (blind, empty: it is only a bench), closes her shift and opens Bob's.
    private static func closeMorning(of database: AppDatabase) throws {
        let three = time(hour: 15)
        guard var morning = try database.currentShift(terminalID: "T1") else {
            throw BenchSetupError(message: "the morning shift is not open")
        }
        try database.saveCount(try morning.submitCount(try CashCount(.chf), countedBy: "ann", at: three,
                                                       varianceThreshold: Money(minorUnits: 500, currency: chf)), shiftID: "am")
        try database.closeShift(id: "am", reason: "bench", closedBy: "bob", at: three)
        try database.clock(.clockOut, staffID: "ann", terminalID: "T1", at: three)
        try database.clock(.clockIn, staffID: "bob", terminalID: "T1", at: three)
        try database.openShift(Shift(id: "pm", terminalID: "T1", cashierID: "bob", openedAt: three, openingFloat: try CashCount(.chf)))
    }

    static func time(hour: Int, minute: Int = 0) -> Date {
        Date(timeIntervalSince1970: 1_795_478_400 + TimeInterval(hour * 3_600 + minute * 60))
    }

    static func pricing() throws -> PricingContext {
        let table = try TaxTable([TaxClass(code: "standard", rate: TaxRate(percent: "8.1")),
                                  TaxClass(code: "reduced", rate: TaxRate(percent: "2.6"))])
        return PricingContext(currency: chf, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive)), cashIncrement: 5)
    }

    static func product(_ index: Int) -> Product {
        Product(id: ProductID("p\(index)"), sku: "SKU-\(index)", name: "Product \(index)", categoryID: "category-\(index % 20)",
                price: Int64(95 + index * 37 % 2_000), taxCodes: [index % 3 == 0 ? "standard" : "reduced"],
                unit: index % 50 == 0 ? .kilogram : .each)
    }

    /// Sale `index`: its lines, a void, and its tenders, as described above.
    static func order(_ index: Int, products: [Product], pricing: PricingContext, staffID: String) throws -> Order {
        let time = LocalTime(weekday: 2, hour: 12, minute: 0)
        var cart = Cart(currency: chf, openedAt: time)
        for line in 0..<(1 + index % 10) {
            let product = products[(index * 7 + line * 131) % products.count]
            let quantity = product.unit == .kilogram ? Quantity.grams(Int64(150 + index % 700)) : .each(Int64(1 + (index + line) % 3))
            let id = try cart.add(product, quantity: quantity, at: time)
            if index % 100 == 0 && line == 1 { try cart.void(line: id) }
        }
        let due = try cart.payment(pricing).remaining
        if index % 10 == 3 { try cart.addTender(.card, amount: due / 2, reference: "AUTH", context: pricing) }
        let remaining = try cart.payment(pricing).remaining
        if index % 2 == 0 && index % 10 != 3 {
            try cart.addTender(.card, amount: remaining, reference: "AUTH", context: pricing)
        } else {
            try cart.addTender(.cash, amount: (remaining / 1_000 + 1) * 1_000, context: pricing)
        }
        return try cart.complete(id: "sale-\(index)", staffID: staffID, training: index % 500 == 250, context: pricing)
    }
}

/// The bench's own data could not be set up as it describes.
struct BenchSetupError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
