/// A product's stable identity across terminals and the hub.
public struct ProductID: Hashable, Comparable, Codable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    /// The id a gift card line carries: no catalog product, no stock.
    public static let giftCard: ProductID = "gift-card"
    /// The id of a check's automatic service charge line.
    public static let serviceCharge: ProductID = "service-charge"
    /// The id a tip line carries.
    public static let tip: ProductID = "tip"
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public static func < (a: ProductID, b: ProductID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { rawValue }
}

/// A product category; categories nest through `parentID`.
public struct Category: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let parentID: String?

    public init(id: String, name: String, parentID: String? = nil) {
        self.id = id
        self.name = name
        self.parentID = parentID
    }
}

/// A price that replaces the regular one inside a time window (happy hour).
public struct TimedPrice: Hashable, Codable, Sendable {
    public let window: TimeWindow
    public let price: Int64

    public init(window: TimeWindow, price: Int64) {
        self.window = window
        self.price = price
    }
}

/// Something that can be sold: the catalog's unit of pricing, tax and lookup.
///
/// A variant (a size or colour) is a product of its own whose `variantOf` names the parent, so every
/// sellable thing has its own SKU, barcodes and price. Prices are in minor units for `pricedPer`:
/// usually one item or one kilogram, or a pack ("3 for 1.00" is price 100 per 3 items).
public struct Product: Hashable, Codable, Sendable, Identifiable {
    public var id: ProductID
    public var sku: String
    public var name: String
    public var brand: String?
    public var categoryID: String?
    public var price: Int64
    public var pricedPer: Quantity
    public var taxCodes: [String]
    public var unit: SaleUnit
    public var barcodes: [String]
    public var plu: String?
    /// The cashier keys the price at the till (misc. items, deposits).
    public var openPrice: Bool
    /// Buyers must be at least this old (alcohol, tobacco).
    public var minimumAge: Int?
    public var modifierGroups: [ModifierGroup]
    /// When the product may be sold at all; empty means always.
    public var availability: [TimeWindow]
    public var timedPrices: [TimedPrice]
    /// Marked out of stock for today ("86'd").
    public var soldOut: Bool
    public var variantOf: ProductID?

    public init(
        id: ProductID, sku: String, name: String, brand: String? = nil, categoryID: String? = nil,
        price: Int64, pricedPer: Quantity? = nil, taxCodes: [String], unit: SaleUnit = .each,
        barcodes: [String] = [], plu: String? = nil, openPrice: Bool = false, minimumAge: Int? = nil,
        modifierGroups: [ModifierGroup] = [], availability: [TimeWindow] = [], timedPrices: [TimedPrice] = [],
        soldOut: Bool = false, variantOf: ProductID? = nil
    ) {
        self.id = id
        self.sku = sku
        self.name = name
        self.brand = brand
        self.categoryID = categoryID
        self.price = price
        self.pricedPer = pricedPer ?? (unit == .each ? .one : .grams(1000))
        self.taxCodes = taxCodes
        self.unit = unit
        self.barcodes = barcodes
        self.plu = plu
        self.openPrice = openPrice
        self.minimumAge = minimumAge
        self.modifierGroups = modifierGroups
        self.availability = availability
        self.timedPrices = timedPrices
        self.soldOut = soldOut
        self.variantOf = variantOf
    }

    /// The price per `pricedPer` that applies at `time`: the first matching timed price, else the regular one.
    public func price(at time: LocalTime) -> Int64 {
        timedPrices.first { $0.window.contains(time) }?.price ?? price
    }
}
