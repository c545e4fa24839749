import TillCore
import TillDevices

/// A Swiss café sale that uses every part of a receipt: two VAT rates, an option with a price, a
/// weighed item, a line discount, a promotion, a price override, a voided line, an order discount,
/// and a card plus cash payment with cash rounding and change.
enum ReceiptFixture {
    static let chf = Currency(code: "CHF", exponent: 2)
    static let morning = LocalTime(weekday: 5, hour: 9, minute: 12)

    static func context() throws -> PricingContext {
        let table = try TaxTable([
            TaxClass(code: "standard", rate: TaxRate(percent: "8.1")),
            TaxClass(code: "reduced", rate: TaxRate(percent: "2.6")),
        ])
        let pastry = Promotion(id: "p1", name: "Pastry 20% off", rule: .categoryPercent(category: "pastry", basisPoints: 2000))
        return PricingContext(currency: chf, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive)),
                              promotions: [pastry], cashIncrement: 5)
    }

    static func product(_ name: String, _ price: Int64, tax: String = "standard", category: String? = nil,
                        unit: SaleUnit = .each, options: [ModifierGroup] = []) -> Product {
        Product(id: ProductID(name), sku: name, name: name, categoryID: category, price: price, taxCodes: [tax],
                unit: unit, modifierGroups: options)
    }

    /// The café sale; `names` replaces the product names in order, to try long and wide ones.
    static func order(names: [String] = [], training: Bool = false) throws -> Order {
        let context = try context()
        let milk = ModifierGroup(id: "milk", name: "Milk", options: [ModifierOption(id: "oat", name: "Oat milk", priceDelta: 50)])
        var products = [
            product("Cappuccino", 520, options: [milk]),
            product("Äpfel Gala", 390, tax: "reduced", unit: .kilogram),
            product("Gipfeli", 190, tax: "reduced", category: "pastry"),
            product("Club sandwich", 850),
            product("Mineral water", 300),
        ]
        for (index, name) in names.enumerated() where index < products.count {
            products[index].name = name
        }
        var cart = Cart(currency: chf, openedAt: morning)
        let coffee = try cart.add(products[0], quantity: .each(2), modifiers: ["milk": ["oat"]], at: morning)
        try cart.discount(.percent(basisPoints: 1000), line: coffee)
        try cart.add(products[1], quantity: .grams(452), at: morning)
        try cart.add(products[2], quantity: .each(3), at: morning)
        try cart.overridePrice(700, line: try cart.add(products[3], at: morning), approvedBy: "sup-1")
        try cart.void(line: try cart.add(products[4], at: morning))
        try cart.discountOrder(.amount(100))
        try cart.addTender(.card, amount: 1000, reference: "AUTH004821", context: context)
        try cart.addTender(.cash, amount: 2000, context: context)
        return try cart.complete(id: "T1-20250314-0042", staffID: "anna", training: training, context: context)
    }

    static func receipt(_ order: Order, copy: Bool = false, training: Bool = false) -> Receipt {
        Receipt(.sale(order), header: ["Café Linde", "Bahnhofstrasse 1, 8001 Zürich", "VAT CHE-123.456.789 MWST"],
                footer: ["Thank you for your visit!", "Returns within 30 days with this receipt."],
                number: "1042", dateTime: "14.03.2025 09:12", terminalID: "T1", cashier: "Anna",
                loyalty: Receipt.Loyalty(customerName: "Marie Dupont", pointsEarned: 23, pointsBalance: 340),
                copy: copy, training: training)
    }
}
