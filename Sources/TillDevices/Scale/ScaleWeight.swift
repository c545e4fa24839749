/// A weight as a scale shows it (`  1.234kg`, `0.500 lb`, `250 g`), kept as its decimal digits so
/// converting to grams rounds once, exactly.
public struct ScaleWeight: Hashable, Sendable {
    /// The digits as a whole number, sign included: -1234 for `-1.234`.
    public let digits: Int64
    /// How many of the digits follow the decimal point.
    public let decimals: Int
    public let unit: ScaleUnit

    public init(digits: Int64, decimals: Int, unit: ScaleUnit) {
        self.digits = digits
        self.decimals = decimals
        self.unit = unit
    }

    /// Reads a weight field; nil for anything but an optional sign, up to 10 digits with at most one
    /// decimal point, and a unit, with spaces around them.
    public init?(parsing field: some Collection<UInt8>) {
        var rest = field.drop { $0 == Self.space }[...]
        var negative = false
        if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            rest = rest.dropFirst().drop { $0 == Self.space }
        }
        let number = rest.prefix { $0 == Self.point || (0x30...0x39).contains($0) }
        let digitCount = number.count(where: { $0 != Self.point })
        let pointCount = number.count - digitCount
        guard (1...10).contains(digitCount), pointCount <= 1 else { return nil }
        let unitText = rest.dropFirst(number.count).drop { $0 == Self.space }
        let letters = unitText.prefix { $0 != Self.space }
        guard unitText.dropFirst(letters.count).allSatisfy({ $0 == Self.space }),
              let unit = ScaleUnit(symbol: String(decoding: letters, as: UTF8.self)) else { return nil }
        let value = number.reduce(Int64(0)) { $1 == Self.point ? $0 : $0 * 10 + Int64($1 - 0x30) }
        digits = negative ? -value : value
        decimals = number.firstIndex(of: Self.point).map { number.distance(from: $0, to: number.endIndex) - 1 } ?? 0
        self.unit = unit
    }

    /// The weight in grams, rounded half up (half away from zero below zero). Up to 10 digits cannot
    /// overflow: the largest product is under 10¹⁸.
    public var grams: Int64 {
        var power: Int64 = 1
        for _ in 0..<decimals { power *= 10 }
        let (perUnit, per) = unit.gramsPerUnit
        let numerator = digits.magnitude * UInt64(perUnit)
        let denominator = UInt64(power) * UInt64(per)
        let rounded = Int64((2 * numerator + denominator) / (2 * denominator))
        return digits < 0 ? -rounded : rounded
    }

    private static let space = UInt8(ascii: " ")
    private static let point = UInt8(ascii: ".")
}

/// The units NCI scales show, by their ANSI abbreviations.
public enum ScaleUnit: String, Hashable, Sendable, CaseIterable {
    case kilograms = "kg"
    case grams = "g"
    case pounds = "lb"
    case ounces = "oz"

    /// Reads a unit in any case (`KG`, `lb`, `lbs`).
    init?(symbol: String) {
        let symbol = symbol.lowercased()
        guard let unit = ScaleUnit(rawValue: symbol == "lbs" ? "lb" : symbol) else { return nil }
        self = unit
    }

    /// Grams per unit as a fraction: the pound is exactly 0.45359237 kg, the ounce a sixteenth of it.
    var gramsPerUnit: (numerator: Int64, denominator: Int64) {
        switch self {
        case .kilograms: (1_000, 1)
        case .grams: (1, 1)
        case .pounds: (45_359_237, 100_000)
        case .ounces: (45_359_237, 1_600_000)
        }
    }
}
