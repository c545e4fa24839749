/// Which lines a promotion looks at.
public enum ItemSelector: Hashable, Codable, Sendable {
    case products(Set<ProductID>)
    case category(String)

    public func matches(_ line: CartLine) -> Bool {
        switch self {
        case .products(let ids): ids.contains(line.productID)
        case .category(let id): line.categoryID == id
        }
    }
}

/// The kinds of automatic promotion the engine applies.
public enum PromotionRule: Hashable, Codable, Sendable {
    /// Mix and match: any `quantity` matching items for `price` ("3 for 5.00").
    case mixAndMatch(items: ItemSelector, quantity: Int, price: Int64)
    /// Buy `buyQuantity` of one set, get `getQuantity` of another (or the same) set with
    /// `basisPoints` off (10 000 is free).
    case buyGet(buy: ItemSelector, buyQuantity: Int, get: ItemSelector, getQuantity: Int, basisPoints: Int64)
    /// A percentage off every item of a category.
    case categoryPercent(category: String, basisPoints: Int64)
}

/// An automatic promotion, optionally limited to time windows (happy hour, weekend offers).
public struct Promotion: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let rule: PromotionRule
    /// When the promotion runs; empty means always.
    public let windows: [TimeWindow]

    public init(id: String, name: String, rule: PromotionRule, windows: [TimeWindow] = []) {
        self.id = id
        self.name = name
        self.rule = rule
        self.windows = windows
    }
}

/// A promotion that took money off a sale, for the receipt and reports.
public struct AppliedPromotion: Hashable, Codable, Sendable {
    public let promotionID: String
    public let name: String
    public let discount: Int64

    public init(promotionID: String, name: String, discount: Int64) {
        self.promotionID = promotionID
        self.name = name
        self.discount = discount
    }
}
