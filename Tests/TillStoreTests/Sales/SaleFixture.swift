import TillCore
import TillStore

/// Orders for store tests, priced by the real core.
enum SaleFixture {
    static let chf = Currency(code: "CHF", exponent: 2)
    static let now = LocalTime(weekday: 2, hour: 10, minute: 0)

    static func pricing() throws -> PricingContext {
        let table = try TaxTable([TaxClass(code: "standard", rate: TaxRate(percent: "8.1")),
                                  TaxClass(code: "reduced", rate: TaxRate(percent: "2.6"))])
        return PricingContext(currency: chf, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive)), cashIncrement: 5)
    }

    static func product(_ id: String, _ price: Int64, tax: String = "standard") -> Product {
        Product(id: ProductID(id), sku: id, name: id.uppercased(), categoryID: "cafe", price: price, taxCodes: [tax])
    }

    /// A cart of a coffee, two croissants and a voided water, with a customer attached.
    static func cart() throws -> Cart {
        var cart = Cart(currency: chf, openedAt: now)
        try cart.add(product("coffee", 450), at: now)
        try cart.add(product("croissant", 190, tax: "reduced"), quantity: .each(2), at: now)
        let water = try cart.add(product("water", 300, tax: "reduced"), at: now)
        try cart.void(line: water)
        cart.customerID = "c-1"
        return cart
    }

    /// The cart above, paid 5.00 by card and the rest in cash.
    static func order(_ id: String, training: Bool = false) throws -> Order {
        let context = try pricing()
        var cart = try cart()
        try cart.addTender(.card, amount: 500, reference: "AUTH1", context: context)
        try cart.addTender(.cash, amount: 1000, context: context)
        return try cart.complete(id: id, staffID: "s-1", training: training, context: context)
    }

    static func context(_ eventID: String, terminal: String = "T1", points: Int64 = 0) -> SaleContext {
        SaleContext(terminalID: terminal, completedAt: "2026-11-24T10:00:00.000Z", businessDay: "2026-11-24",
                    loyaltyPoints: points, eventID: eventID)
    }
}
