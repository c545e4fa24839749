import TillCore

/// What the history's shoppers pick from, by the part of the shop it stands in: the café, the bakery,
/// the scale, the deli, the aisles and the age-checked shelf.
///
/// Only the first generated groceries are stocked here (a shop's best-sellers), so a catalog of a
/// million items builds its history from the same bounded memory as one of two thousand.
struct DemoShelf {
    var cafe: [Product] = []
    var bakery: [Product] = []
    /// Produce by the kilogram.
    var scale: [Product] = []
    var deli: [Product] = []
    /// Soft drinks and water, which lunch and the corner-shop trip reach for.
    var drinks: [Product] = []
    var aisles: [Product] = []
    /// Beer, wine and spirits.
    var restricted: [Product] = []

    /// The most groceries of one shelf the history sells from.
    static let shelfLimit = 3_000

    /// Puts `product` where shoppers find it, unless it is sold out or the aisles are full.
    mutating func stock(_ product: Product) {
        guard !product.soldOut else { return }
        switch product.categoryID {
        case "coffee": cafe.append(product)
        case "bakery": bakery.append(product)
        case "produce": scale.append(product)
        case "deli": deli.append(product)
        case _ where product.minimumAge != nil: Self.add(product, to: &restricted)
        case "drinks": Self.add(product, to: &drinks)
        default: Self.add(product, to: &aisles)
        }
    }

    private static func add(_ product: Product, to shelf: inout [Product]) {
        if shelf.count < shelfLimit { shelf.append(product) }
    }
}
