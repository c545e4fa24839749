public import TillCore

/// The small café and grocery every demo store starts with; a generated store adds its counters and
/// aisles after these items (see `DemoCatalog`), and the app's tests ring up on these alone.
///
/// Every barcode is a valid EAN-13, prices include Swiss VAT (8.1 % standard, 2.6 % reduced), and
/// cash is rounded to 0.05 as in Switzerland.
public enum DemoStore {
    public static let name = "Till Demo Café & Market"
    public static let currency = Currency(code: "CHF", exponent: 2)

    public static func pricing() throws -> PricingContext {
        let table = try TaxTable([
            TaxClass(code: "standard", name: "VAT 8.1%", rate: TaxRate(percent: "8.1")),
            TaxClass(code: "reduced", name: "VAT 2.6%", rate: TaxRate(percent: "2.6")),
        ])
        let happyHour = Promotion(id: "hh", name: "Happy hour -20% beer", rule: .categoryPercent(category: "beer", basisPoints: 2000),
                                  windows: [TimeWindow(weekdays: [1, 2, 3, 4, 5], from: (17, 0), to: (19, 0))])
        let croissants = Promotion(id: "3for5", name: "3 croissants for 5.00",
                                   rule: .mixAndMatch(items: .category("bakery"), quantity: 3, price: 500))
        return PricingContext(currency: currency, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive)),
                              promotions: [happyHour, croissants], cashIncrement: 5)
    }

    public static let categories = [
        Category(id: "coffee", name: "Coffee & tea"), Category(id: "bakery", name: "Bakery"),
        Category(id: "grocery", name: "Grocery"), Category(id: "beer", name: "Beer"), Category(id: "produce", name: "Produce"),
    ]

    public static let catalog = InMemoryCatalog([
        item("espresso", "Espresso", 420, "coffee", plu: "101"),
        item("cappuccino", "Cappuccino", 520, "coffee", plu: "102"),
        item("latte", "Caffè latte", 560, "coffee", plu: "103", options: coffeeOptions),
        item("flat-white", "Flat white", 590, "coffee", plu: "105", options: coffeeOptions),
        item("tea", "Pot of tea", 480, "coffee", plu: "104"),
        item("croissant", "Butter croissant", 190, "bakery", plu: "201", tax: "reduced"),
        item("pain-choc", "Pain au chocolat", 220, "bakery", plu: "202", tax: "reduced"),
        item("bircher", "Birchermüesli (until 11:00)", 650, "bakery", plu: "203", tax: "reduced", hours: breakfast),
        item("cinnamon-bun", "Cinnamon bun", 350, "bakery", plu: "204", tax: "reduced", soldOut: true),
        item("chocolate", "Milk chocolate 100 g", 199, "grocery", barcode: "4006381333931", tax: "reduced"),
        item("water", "Mineral water 1.5 l", 135, "grocery", barcode: "5901234123457", tax: "reduced"),
        item("beer", "Lager 50 cl", 390, "beer", barcode: "7610000000011", minimumAge: 16),
        weighed("apples", "Apples (kg)", 420, plu: "4131"),
        weighed("bananas", "Bananas (kg)", 299, plu: "4011"),
    ])

    /// Size (one, required) and milk (optional) for the latte and the flat white.
    static let coffeeOptions = [
        ModifierGroup(id: "size", name: "Size", minChoices: 1, maxChoices: 1, options: [
            ModifierOption(id: "regular", name: "Regular"), ModifierOption(id: "large", name: "Large", priceDelta: 80),
        ]),
        ModifierGroup(id: "milk", name: "Milk", minChoices: 0, maxChoices: 1, options: [
            ModifierOption(id: "oat", name: "Oat milk", priceDelta: 50), ModifierOption(id: "soy", name: "Soy milk", priceDelta: 50),
            ModifierOption(id: "lactose-free", name: "Lactose-free"),
        ]),
    ]

    /// The breakfast menu: every day until 11:00.
    static let breakfast = [TimeWindow(from: (6, 0), to: (11, 0))]

    /// A product of the demo's own counters: its id in lower case, its SKU the same in capitals.
    static func item(_ id: String, _ name: String, _ price: Int64, _ category: String, plu: String? = nil,
                     barcode: String? = nil, tax: String = "standard", unit: SaleUnit = .each, minimumAge: Int? = nil,
                     options: [ModifierGroup] = [], hours: [TimeWindow] = [], soldOut: Bool = false) -> Product {
        Product(id: ProductID(id), sku: id.uppercased(), name: name, categoryID: category, price: price, taxCodes: [tax],
                unit: unit, barcodes: barcode.map { [$0] } ?? [], plu: plu, minimumAge: minimumAge, modifierGroups: options,
                availability: hours, soldOut: soldOut)
    }

    /// Produce sold by the kilogram under its PLU, at the reduced rate.
    static func weighed(_ id: String, _ name: String, _ price: Int64, plu: String) -> Product {
        item(id, name, price, "produce", plu: plu, tax: "reduced", unit: .kilogram)
    }
}
