/// A product's sold lines added up, for the category and item figures: net after every discount,
/// before refunds.
public struct ItemFact: Hashable, Sendable {
    public let productID: ProductID
    public let name: String
    public let categoryID: String?
    public let quantity: Quantity
    /// Price-list terms, as `PricedLine.net`.
    public let net: Int64

    public init(productID: ProductID, name: String, categoryID: String?, quantity: Quantity, net: Int64) {
        self.productID = productID
        self.name = name
        self.categoryID = categoryID
        self.quantity = quantity
        self.net = net
    }

    /// This product's total with `other` lines of it added, under this one's name and category.
    func adding(_ other: ItemFact) throws(ReportError) -> ItemFact {
        ItemFact(productID: productID, name: name, categoryID: categoryID,
                 quantity: Quantity(thousandths: try ReportMath.add(quantity.thousandths, other.quantity.thousandths)),
                 net: try ReportMath.add(net, other.net))
    }
}
