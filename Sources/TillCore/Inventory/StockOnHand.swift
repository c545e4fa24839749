/// A product's level at one location, as a list of levels shows it.
public struct StockOnHand: Hashable, Sendable {
    public let productID: ProductID
    public let sku: String
    public let name: String
    public let locationID: String
    public let quantity: Quantity

    public init(productID: ProductID, sku: String, name: String, locationID: String, quantity: Quantity) {
        self.productID = productID
        self.sku = sku
        self.name = name
        self.locationID = locationID
        self.quantity = quantity
    }

    /// Below zero: more was sold than the books hold (sales rung up offline, a delivery not yet
    /// received), which the till allows and a manager must look into.
    public var isException: Bool { quantity.thousandths < 0 }
}
