/// The notes and coins a drawer holds in one currency, so a count can refuse a coin that does not exist.
///
/// Denominations are kept largest first, the order a cashier counts in. Each face value appears once:
/// a note and a coin of the same value are counted together.
public struct DenominationSet: Hashable, Codable, Sendable {
    public let currency: Currency
    public let denominations: [Denomination]

    /// A set checked for a shared currency, positive and distinct face values, and at least one entry.
    public init(currency: Currency, denominations: [Denomination]) throws(ShiftError) {
        guard !denominations.isEmpty else { throw .emptyDenominationSet(currency: currency.code) }
        var seen: Set<Int64> = []
        for denomination in denominations {
            guard denomination.currency == currency else {
                throw .currencyMismatch(expected: currency.code, got: denomination.currency.code)
            }
            guard denomination.minorUnits > 0 else { throw .invalidDenomination(label: denomination.label) }
            guard seen.insert(denomination.minorUnits).inserted else {
                throw .duplicateDenomination(label: denomination.label)
            }
        }
        self.init(checked: currency, denominations)
    }

    /// A set from note and coin face values in minor units.
    public init(currency: Currency, notes: [Int64], coins: [Int64]) throws(ShiftError) {
        try self.init(currency: currency, denominations: Self.build(currency, notes: notes, coins: coins))
    }

    private init(checked currency: Currency, _ denominations: [Denomination]) {
        self.currency = currency
        self.denominations = denominations.sorted { $0.minorUnits > $1.minorUnits }
    }

    private static func build(_ currency: Currency, notes: [Int64], coins: [Int64]) -> [Denomination] {
        notes.map { Denomination($0, .note, currency: currency) } + coins.map { Denomination($0, .coin, currency: currency) }
    }

    /// The denomination with this face value, if the set has one.
    public func denomination(worth minorUnits: Int64) -> Denomination? {
        denominations.first { $0.minorUnits == minorUnits }
    }

    public func contains(_ denomination: Denomination) -> Bool { denominations.contains(denomination) }

    private enum CodingKeys: String, CodingKey {
        case currency, denominations
    }

    /// Decodes through the validating initialiser, so a stored set cannot hold a zero or duplicate value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            currency: container.decode(Currency.self, forKey: .currency),
            denominations: container.decode([Denomination].self, forKey: .denominations)
        )
    }
}

extension DenominationSet {
    /// The built-in set for `currency`, or nil when the store must define its own.
    public static func standard(for currency: Currency) -> DenominationSet? {
        [eur, usd, gbp, chf, jpy, sek].first { $0.currency == currency }
    }

    /// Euro: all legal-tender notes (the 500 is no longer issued but still accepted) and all eight coins.
    public static let eur = standard("EUR", exponent: 2,
                                     notes: [50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500],
                                     coins: [200, 100, 50, 20, 10, 5, 2, 1])
    /// US dollar: the notes and the coins a till holds; the dollar coin shares the 1.00 row with the note.
    public static let usd = standard("USD", exponent: 2,
                                     notes: [10_000, 5_000, 2_000, 1_000, 500, 200, 100],
                                     coins: [50, 25, 10, 5, 1])
    /// Pound sterling.
    public static let gbp = standard("GBP", exponent: 2,
                                     notes: [5_000, 2_000, 1_000, 500],
                                     coins: [200, 100, 50, 20, 10, 5, 2, 1])
    /// Swiss franc: the 1 and 2 rappen coins are withdrawn, so cash is rounded to 0.05.
    public static let chf = standard("CHF", exponent: 2,
                                     notes: [100_000, 20_000, 10_000, 5_000, 2_000, 1_000],
                                     coins: [500, 200, 100, 50, 20, 10, 5])
    /// Japanese yen, which has no minor unit: 1000 yen is 1000 minor units.
    public static let jpy = standard("JPY", exponent: 0,
                                     notes: [10_000, 5_000, 2_000, 1_000],
                                     coins: [500, 100, 50, 10, 5, 1])
    /// Swedish krona: öre coins are withdrawn, so the smallest coin is 1 krona.
    public static let sek = standard("SEK", exponent: 2,
                                     notes: [100_000, 50_000, 20_000, 10_000, 5_000, 2_000],
                                     coins: [1_000, 500, 200, 100])

    private static func standard(_ code: String, exponent: Int, notes: [Int64], coins: [Int64]) -> DenominationSet {
        let currency = Currency(code: code, exponent: exponent)
        return DenominationSet(checked: currency, build(currency, notes: notes, coins: coins))
    }
}
