import Foundation
import TillCore
import TillStore
import TillWire

/// A terminal's store for sync tests: real SQLite in a temporary folder, the café's tax classes and,
/// unless the hub is to send it, its catalog.
struct Lane {
    static let chf = Currency(code: "CHF", exponent: 2)
    static let now = LocalTime(weekday: 2, hour: 10, minute: 0)
    static let taxClasses = [TaxClass(code: "reduced", rate: TaxRate(millionths: 26_000)),
                             TaxClass(code: "standard", rate: TaxRate(millionths: 81_000))]
    static let cafe = Category(id: "cafe", name: "Café")
    static let products = [product("coffee", 450), product("croissant", 190, tax: "reduced"), product("water", 300, tax: "reduced")]

    let id: String
    let database: AppDatabase

    init(_ id: String = "T1", withCatalog: Bool = true) throws {
        self.id = id
        database = try AppDatabase.makeTemporary()
        try database.replaceTaxClasses(Self.taxClasses)
        if withCatalog {
            try database.saveCategory(Self.cafe)
            try database.saveProducts(Self.products)
        }
    }

    static func product(_ id: String, _ price: Int64, tax: String = "standard") -> Product {
        Product(id: ProductID(id), sku: id, name: id.capitalized, categoryID: "cafe", price: price, taxCodes: [tax])
    }

    static func pricing() throws -> PricingContext {
        PricingContext(currency: chf, tax: TaxCalculator(table: try TaxTable(taxClasses), policy: TaxPolicy(mode: .inclusive)),
                       cashIncrement: 5)
    }

    /// Sells `items` (product id and count) for cash, for `customer` earning `points`; the sale's id
    /// is also its event id.
    @discardableResult
    func sell(_ items: [(String, Int64)], id saleID: String = UUID().uuidString.lowercased(), customer: String? = nil,
              points: Int64 = 0, at time: String = "2026-11-24T10:00:00.000Z") throws -> CommittedSale {
        let context = try Self.pricing()
        var cart = Cart(currency: Self.chf, openedAt: Self.now)
        for (product, count) in items {
            let found = try require(Self.products.first { $0.id.rawValue == product }, "product \(product)")
            try cart.add(found, quantity: .each(count), at: Self.now)
        }
        cart.customerID = customer
        let due = try context.price(cart).total
        try cart.addTender(.cash, amount: due, context: context)
        let order = try cart.complete(id: saleID, staffID: "s-1", training: false, context: context)
        return try database.commit(order, context: SaleContext(terminalID: id, completedAt: time, businessDay: String(time.prefix(10)),
                                                               loyaltyPoints: points, eventID: saleID))
    }
}

/// `#require` for plain functions: the value, or a thrown error naming what was missing.
func require<T>(_ value: T?, _ what: String = "value") throws -> T {
    guard let value else { throw MissingValue(what: what) }
    return value
}

struct MissingValue: Error {
    let what: String
}
