/// One kind of note or coin, so a drawer can be counted the way a cashier sees it: "3 × 20.00".
public struct Denomination: Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Kind: String, Codable, Sendable {
        case note
        case coin
    }

    public let currency: Currency
    /// Face value in minor units: 2 000 for a 20 euro note, 1 000 for a 1000 yen note.
    public let minorUnits: Int64
    public let kind: Kind
    /// Face value as printed on the count screen: "20.00", "0.05", "1000".
    public let label: String

    /// A denomination labelled with its face value in major units.
    public init(_ minorUnits: Int64, _ kind: Kind, currency: Currency) {
        self.currency = currency
        self.minorUnits = minorUnits
        self.kind = kind
        self.label = Money.format(minorUnits, exponent: currency.exponent)
    }

    public var value: Money { Money(minorUnits: minorUnits, currency: currency) }

    public var description: String { label }
}
