public import TillWire

/// A store's pricing and catalog as the hub holds them, so an import checks rows against the same
/// tax classes and updates the same products the terminals have.
public struct StoreCatalog: Hashable, Sendable {
    public let currency: String
    public let taxClasses: [WireTaxClass]
    public let categories: [CatalogRecord]
    public let products: [CatalogRecord]

    public init(currency: String, taxClasses: [WireTaxClass], categories: [CatalogRecord], products: [CatalogRecord]) {
        self.currency = currency
        self.taxClasses = taxClasses
        self.categories = categories
        self.products = products
    }
}
