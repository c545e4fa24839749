/// A drawer counted note by note and coin by coin, so the total is arithmetic rather than a typed guess.
///
/// Every denomination of the set has a line, in the set's order (largest first), so a count screen can
/// be drawn straight from `lines`. The total is computed once with checked arithmetic when the count is
/// made, so a count that exists always has a total.
public struct CashCount: Hashable, Sendable {
    /// How many of one note or coin were counted, and what they are worth together.
    public struct Line: Hashable, Codable, Sendable {
        public let denomination: Denomination
        public let quantity: Int
        public let subtotal: Money
    }

    public let denominationSet: DenominationSet
    public private(set) var lines: [Line]
    public private(set) var total: Money

    public var currency: Currency { denominationSet.currency }

    /// A count of `quantities`; denominations left out count zero.
    ///
    /// Throws `.negativeCount` for a count below zero, `.unknownDenomination` for a note or coin the set
    /// does not have, and `.overflow` when the total does not fit.
    public init(_ set: DenominationSet, quantities: [Denomination: Int] = [:]) throws(ShiftError) {
        let unknown = quantities.keys.filter { !set.contains($0) }
        if let first = unknown.max(by: { $0.minorUnits < $1.minorUnits }) {
            throw .unknownDenomination(label: first.label, currency: first.currency.code)
        }
        for denomination in set.denominations where quantities[denomination, default: 0] < 0 {
            throw .negativeCount(label: denomination.label)
        }
        var lines: [Line] = []
        var total: Int64 = 0
        do {
            for denomination in set.denominations {
                let quantity = quantities[denomination, default: 0]
                let subtotal = try Checked.multiply(denomination.minorUnits, Int64(quantity))
                total = try Checked.add(total, subtotal)
                lines.append(Line(denomination: denomination, quantity: quantity,
                                  subtotal: Money(minorUnits: subtotal, currency: set.currency)))
            }
        } catch {
            throw .overflow
        }
        self.denominationSet = set
        self.lines = lines
        self.total = Money(minorUnits: total, currency: set.currency)
    }

    /// How many of `denomination` were counted; zero for one the set does not have.
    public func quantity(of denomination: Denomination) -> Int {
        lines.first { $0.denomination == denomination }?.quantity ?? 0
    }

    /// Changes one line of the count, as a cashier does while counting; the count is unchanged on error.
    public mutating func set(_ quantity: Int, of denomination: Denomination) throws(ShiftError) {
        var quantities = self.quantities
        quantities[denomination] = quantity
        self = try CashCount(denominationSet, quantities: quantities)
    }

    private var quantities: [Denomination: Int] {
        Dictionary(uniqueKeysWithValues: lines.map { ($0.denomination, $0.quantity) })
    }
}

extension CashCount: Codable {
    private enum CodingKeys: String, CodingKey {
        case denominationSet, lines
    }

    /// Re-checks and re-totals the stored lines, so a damaged record cannot carry a negative count or a
    /// total that does not match.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let set = try container.decode(DenominationSet.self, forKey: .denominationSet)
        let lines = try container.decode([Line].self, forKey: .lines)
        var quantities: [Denomination: Int] = [:]
        for line in lines where quantities.updateValue(line.quantity, forKey: line.denomination) != nil {
            throw DecodingError.dataCorruptedError(forKey: .lines, in: container,
                                                   debugDescription: "\(line.denomination) is counted twice")
        }
        try self.init(set, quantities: quantities)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(denominationSet, forKey: .denominationSet)
        try container.encode(lines, forKey: .lines)
    }
}
