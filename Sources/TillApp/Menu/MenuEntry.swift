public import TillCore
public import TillStore

/// An item listed on the menu: a category's product in full, or a search hit read as a summary (so
/// searching stays fast as the cashier types; the full product is read when it is picked).
public enum MenuEntry: Hashable, Sendable {
    case product(Product)
    case found(ProductSummary)

    public var id: ProductID {
        switch self {
        case .product(let product): product.id
        case .found(let summary): summary.id
        }
    }

    public var name: String {
        switch self {
        case .product(let product): product.name
        case .found(let summary): summary.name
        }
    }

    public var soldOut: Bool {
        switch self {
        case .product(let product): product.soldOut
        case .found(let summary): summary.soldOut
        }
    }

    /// The price that applies at `time` (a search hit shows its regular price).
    public func price(at time: LocalTime) -> Int64 {
        switch self {
        case .product(let product): product.price(at: time)
        case .found(let summary): summary.price
        }
    }

    /// Whether the item may be sold at `time` as far as the list knows (a search hit is checked when picked).
    public func availableNow(_ time: LocalTime) -> Bool {
        guard case .product(let product) = self else { return !soldOut }
        return !product.soldOut && product.availability.allows(time)
    }

    /// A word for the list: sold out, not now, options, per kg.
    public func note(at time: LocalTime) -> String {
        switch self {
        case .product(let product) where product.soldOut: "sold out"
        case .product(let product) where !product.availability.allows(time): "not now"
        case .product(let product) where !product.modifierGroups.isEmpty: "options"
        case .product(let product) where product.unit == .kilogram: "per kg"
        case .found(let summary) where summary.soldOut: "sold out"
        case .found(let summary) where summary.unit == .kilogram: "per kg"
        default: ""
        }
    }
}
