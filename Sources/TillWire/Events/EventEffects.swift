/// What a sale or refund did to stock and loyalty points, as the terminal recorded it in the same
/// transaction: the payload's `effects` member. The hub adds these deltas to its ledgers once per
/// event id, so a retried push can never move stock or points twice.
public struct EventEffects: Codable, Hashable, Sendable {
    public let stock: [StockDelta]
    public let loyalty: [LoyaltyDelta]
    /// Value added to (positive) or taken from (negative) vouchers and gift cards.
    public let vouchers: [VoucherDelta]

    public init(stock: [StockDelta] = [], loyalty: [LoyaltyDelta] = [], vouchers: [VoucherDelta] = []) {
        self.stock = stock
        self.loyalty = loyalty
        self.vouchers = vouchers
    }

    /// Members left out count as empty, so an event written before a member existed still reads.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        stock = try container.decodeIfPresent([StockDelta].self, forKey: .stock) ?? []
        loyalty = try container.decodeIfPresent([LoyaltyDelta].self, forKey: .loyalty) ?? []
        vouchers = try container.decodeIfPresent([VoucherDelta].self, forKey: .vouchers) ?? []
    }

    /// Empty members are left out, so the JSON of a sale without vouchers is what it always was.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(loyalty, forKey: .loyalty)
        try container.encode(stock, forKey: .stock)
        if !vouchers.isEmpty { try container.encode(vouchers, forKey: .vouchers) }
    }

    private enum CodingKeys: String, CodingKey {
        case stock, loyalty, vouchers
    }

    /// No effects: what an event without an `effects` member has.
    public static let none = EventEffects()

    /// The effects in a payload's JSON; an event without the member has none.
    public static func decode(fromPayload payload: String) throws -> EventEffects {
        try WireJSON.decode(Envelope.self, from: payload).effects ?? .none
    }

    private struct Envelope: Decodable {
        let effects: EventEffects?
    }
}

/// Stock moving at a location: negative when it leaves the shelf.
public struct StockDelta: Codable, Hashable, Sendable {
    public let product: String
    public let location: String
    /// Thousandths of the product's unit.
    public let quantity: Int64

    public init(product: String, location: String, quantity: Int64) {
        self.product = product
        self.location = location
        self.quantity = quantity
    }
}

/// Points a customer earned or got back (positive), or spent or had taken back (negative).
public struct LoyaltyDelta: Codable, Hashable, Sendable {
    public let customer: String
    public let points: Int64
    /// How the points earned in all (which decide the tier) move: nil in events written before tiers,
    /// when every delta was points earned, so it counts as `points`.
    public let earned: Int64?

    public init(customer: String, points: Int64, earned: Int64? = nil) {
        self.customer = customer
        self.points = points
        self.earned = earned
    }

    /// The move in points earned in all.
    public var earnedPoints: Int64 { earned ?? points }
}

/// Value moving on a voucher or gift card, in minor units of its currency: positive when issued or
/// topped up, negative when redeemed (and back again when a redemption is refunded).
public struct VoucherDelta: Codable, Hashable, Sendable {
    public let code: String
    public let amount: Int64

    public init(code: String, amount: Int64) {
        self.code = code
        self.amount = amount
    }
}
