import TillCore

/// Small catalogs and contexts the engine tests share.
enum Fixture {
    static let chf = Currency.named("CHF")!
    static let usd = Currency.named("USD")!
    static let monday9 = LocalTime(weekday: 1, hour: 9, minute: 0)

    static func product(_ id: String, _ price: Int64, tax: [String] = ["standard"], category: String? = nil,
                        unit: SaleUnit = .each) -> Product {
        Product(id: ProductID(id), sku: id, name: id, categoryID: category, price: price, taxCodes: tax, unit: unit)
    }

    static func swissContext(rounding: TaxRounding = .perLine, promotions: [Promotion] = []) throws -> PricingContext {
        let table = try TaxTable([
            TaxClass(code: "standard", rate: TaxRate(percent: "8.1")),
            TaxClass(code: "reduced", rate: TaxRate(percent: "2.6")),
        ])
        return PricingContext(currency: chf, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive, rounding: rounding)),
                              promotions: promotions, cashIncrement: 5)
    }

    static func newYorkContext(rounding: TaxRounding = .perLine, promotions: [Promotion] = []) throws -> PricingContext {
        let table = try TaxTable([TaxClass(code: "standard", name: "NYC sales tax", rate: TaxRate(percent: "8.875"))])
        return PricingContext(currency: usd, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .exclusive, rounding: rounding)),
                              promotions: promotions)
    }
}
