public import TillCore

/// A search result: what a pick list shows for a product, without loading its taxes, barcodes and details.
public struct ProductSummary: Hashable, Sendable, Identifiable {
    public let id: ProductID
    public let sku: String
    public let name: String
    public let brand: String?
    /// In minor units, per `pricedPer`.
    public let price: Int64
    public let pricedPer: Quantity
    public let unit: SaleUnit
    public let soldOut: Bool

    public init(id: ProductID, sku: String, name: String, brand: String? = nil, price: Int64,
                pricedPer: Quantity = .one, unit: SaleUnit = .each, soldOut: Bool = false) {
        self.id = id
        self.sku = sku
        self.name = name
        self.brand = brand
        self.price = price
        self.pricedPer = pricedPer
        self.unit = unit
        self.soldOut = soldOut
    }
}
