/// What a sale or refund did to stock and loyalty points, as the terminal recorded it in the same
/// transaction: the payload's `effects` member. The hub adds these deltas to its ledgers once per
/// event id, so a retried push can never move stock or points twice.
public struct EventEffects: Codable, Hashable, Sendable {
    public let stock: [StockDelta]
    public let loyalty: [LoyaltyDelta]

    public init(stock: [StockDelta] = [], loyalty: [LoyaltyDelta] = []) {
        self.stock = stock
        self.loyalty = loyalty
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

/// Points a customer earned (positive) or gave back (negative).
public struct LoyaltyDelta: Codable, Hashable, Sendable {
    public let customer: String
    public let points: Int64

    public init(customer: String, points: Int64) {
        self.customer = customer
        self.points = points
    }
}
