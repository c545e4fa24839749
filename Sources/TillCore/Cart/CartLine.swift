/// A modifier option chosen for a line, copied from the catalog so the line stands on its own.
public struct ChosenModifier: Hashable, Codable, Sendable {
    public let groupID: String
    public let optionID: String
    public let name: String
    public let priceDelta: Int64
}

/// A price set by hand in place of the catalog price, and who approved it.
public struct PriceOverride: Hashable, Codable, Sendable {
    public let price: Int64
    public let approvedBy: String?

    public init(price: Int64, approvedBy: String?) {
        self.price = price
        self.approvedBy = approvedBy
    }
}

/// Money a sale takes that is not the shop's sale.
public enum OwedTo: Hashable, Codable, Sendable {
    /// Value loaded onto the gift card with this code, owed to its holder.
    case giftCard(String)
    /// A tip for the server with this staff id.
    case tip(String)
}

/// One line of a sale: a snapshot of the product as it was rung up, so later catalog edits cannot change it.
public struct CartLine: Hashable, Codable, Sendable, Identifiable {
    public internal(set) var id: Int
    public let productID: ProductID
    public let sku: String
    public let name: String
    public let categoryID: String?
    public let taxCodes: [String]
    public let unit: SaleUnit
    public internal(set) var quantity: Quantity
    public let pricedPer: Quantity
    /// Price per `pricedPer` when rung up: the catalog (or timed, or keyed open) price plus modifiers.
    public let unitPrice: Int64
    public let modifiers: [ChosenModifier]
    public internal(set) var priceOverride: PriceOverride?
    public internal(set) var discount: Discount?
    /// Voided lines stay in the sale for the audit trail and count for nothing.
    public internal(set) var voided: Bool
    public let minimumAge: Int?
    /// Whose money this line takes when it is not the shop's sale (a gift card's value, a server's
    /// tip): it takes no tax, discount, promotion or points and is reported apart. Nil for goods.
    public let owed: OwedTo?

    /// The voucher or gift card code this line puts value on, if it does.
    public var giftCard: String? {
        if case .giftCard(let code)? = owed { code } else { nil }
    }

    /// Whether this line loads a gift card rather than selling goods.
    public var isGiftCard: Bool { giftCard != nil }

    /// Whether the kitchen makes it: not a gift card, a tip or a check's service charge.
    public var isDish: Bool { owed == nil && productID != .serviceCharge }

    /// The server a tip line is for, if it is one.
    public var tipFor: String? {
        if case .tip(let serverID)? = owed { serverID } else { nil }
    }

    /// The unit price in force: the override when there is one.
    public var effectivePrice: Int64 { priceOverride?.price ?? unitPrice }

    /// Quantity × price before any discount, rounded once by `rounding`.
    public func gross(rounding: RoundingMode) throws(MoneyError) -> Int64 {
        try rounding.multiplyDivide(effectivePrice, quantity.thousandths, by: pricedPer.thousandths)
    }
}
