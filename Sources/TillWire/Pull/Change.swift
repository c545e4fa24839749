/// One entry of a store's change feed, in the hub's commit order: the new state of one record.
public struct Change: Codable, Hashable, Sendable {
    /// Position in the store's feed: 1, 2, 3, … in commit order.
    public let id: Int64
    public let entity: ChangeEntity
    /// The record's key: a category or product id, a customer id, a product id for stock.
    public let key: String
    /// The record as JSON text (a TillCore `Category`, `Product` or `Customer`, a `StockLevel`, a
    /// `LoyaltyBalance`, a `CheckSave`).
    public let data: String

    public init(id: Int64, entity: ChangeEntity, key: String, data: String) {
        self.id = id
        self.entity = entity
        self.key = key
        self.data = data
    }
}

/// What kind of record a change carries; the hub owns all of them, terminals apply them.
public enum ChangeEntity: String, Codable, Hashable, Sendable, CaseIterable {
    case category
    case product
    case customer
    case stock
    case loyalty
    case voucher
    /// Goods sent to one of the store's locations, or received there (a `TransferNotice`, keyed by its id).
    case transfer
    /// A restaurant check's latest revision as the hub took it (a `CheckSave`, keyed by the check's id).
    case check
}

/// A product's stock at a location as the hub sums it from every terminal's movements.
public struct StockLevel: Codable, Hashable, Sendable {
    public let location: String
    /// Thousandths of the product's unit; negative when more was sold than the hub knew of.
    public let quantity: Int64

    public init(location: String, quantity: Int64) {
        self.location = location
        self.quantity = quantity
    }
}

/// A voucher's or gift card's balance as the hub sums it, in minor units, and the last day it pays
/// ("2027-12-31"; absent for no end).
public struct VoucherBalance: Codable, Hashable, Sendable {
    public let balance: Int64
    public let expiresOn: String?

    public init(balance: Int64, expiresOn: String? = nil) {
        self.balance = balance
        self.expiresOn = expiresOn
    }
}

/// A customer's loyalty points as the hub sums them: what they may spend, and what they have earned
/// in all (absent from a hub older than tiers).
public struct LoyaltyBalance: Codable, Hashable, Sendable {
    public let points: Int64
    public let earned: Int64?

    public init(points: Int64, earned: Int64? = nil) {
        self.points = points
        self.earned = earned
    }
}
