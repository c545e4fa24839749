/// A store's rules for EAN-13 codes with prefix 20–29, whose digits carry an item number and a
/// price, weight or count printed by a scale; the layout is set per country, so it is configuration.
///
/// A prefix without a rule is read as an ordinary EAN-13.
public struct EmbeddedBarcodeLayout: Hashable, Codable, Sendable {
    /// How one prefix splits the 12 digits before the EAN-13 check digit:
    /// prefix (2) + item digits + optional price verifier (1) + value digits.
    public struct Rule: Hashable, Codable, Sendable {
        /// What the value digits measure.
        public enum Kind: String, Hashable, Codable, Sendable, CaseIterable {
            case price
            /// Weight in kilograms with `decimals` decimals.
            case weight
            case count
        }

        /// The first two digits, 20–29.
        public let prefix: Int
        public let kind: Kind
        /// Digits after the prefix that name the item.
        public let itemDigits: Int
        /// Whether a verifier digit (§7.9.2–7.9.4) precedes the value; it needs 4 or 5 value digits.
        public let hasPriceVerifier: Bool
        public let valueDigits: Int
        /// Decimal places of the value: of the price for `.price`, of kilograms for `.weight`, 0 for `.count`.
        public let decimals: Int

        public init(prefix: Int, kind: Kind, itemDigits: Int, hasPriceVerifier: Bool, valueDigits: Int, decimals: Int) {
            self.prefix = prefix
            self.kind = kind
            self.itemDigits = itemDigits
            self.hasPriceVerifier = hasPriceVerifier
            self.valueDigits = valueDigits
            self.decimals = decimals
        }

        /// Why this rule cannot describe an EAN-13, or nil if it can.
        var problem: String? {
            let used = 2 + itemDigits + (hasPriceVerifier ? 1 : 0) + valueDigits
            if !(20...29).contains(prefix) { return "the prefix must be 20–29" }
            if itemDigits < 0 || valueDigits < 1 { return "item digits must be 0 or more and value digits 1 or more" }
            if used != 12 { return "prefix, item, verifier and value digits add up to \(used), not 12" }
            if hasPriceVerifier, !(4...5).contains(valueDigits) { return "a price verifier needs 4 or 5 value digits" }
            switch kind {
            case .price where !(0...valueDigits).contains(decimals):
                return "a price has 0 to \(valueDigits) decimals"
            case .weight where !(0...3).contains(decimals):
                return "a weight in kilograms has 0 to 3 decimals"
            case .count where decimals != 0:
                return "a count has no decimals"
            default:
                return nil
            }
        }
    }

    public let rules: [Rule]

    /// A layout from configured rules, refused if a rule cannot work or two share a prefix.
    public init(rules: [Rule]) throws(BarcodeError) {
        var seen: Set<Int> = []
        for rule in rules {
            if let problem = rule.problem { throw .invalidLayout(prefix: rule.prefix, reason: problem) }
            guard seen.insert(rule.prefix).inserted else {
                throw .invalidLayout(prefix: rule.prefix, reason: "the prefix has more than one rule")
            }
        }
        self.rules = rules
    }

    /// For the presets, whose rules the tests check through `init(rules:)`.
    init(trusted rules: [Rule]) {
        self.rules = rules
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rules = try container.decode([Rule].self, forKey: .rules)
        do {
            try self.init(rules: rules)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .rules, in: container, debugDescription: error.message)
        }
    }

    /// The rule for this prefix, if any.
    public func rule(forPrefix prefix: Int) -> Rule? {
        rules.first { $0.prefix == prefix }
    }

    /// The item key and value of an EAN-13 whose prefix has a rule; nil for any other code.
    ///
    /// The key is the prefix and item digits ("221234"), what the catalog files the item under.
    public func read(_ gtin: GTIN) throws(BarcodeError) -> (key: String, value: EmbeddedValue)? {
        guard gtin.kind == .ean13 else { return nil }
        let digits = try Digits.parse(gtin.digits)
        guard let rule = rule(forPrefix: digits[0] * 10 + digits[1]) else { return nil }
        let keyEnd = 2 + rule.itemDigits
        let valueStart = keyEnd + (rule.hasPriceVerifier ? 1 : 0)
        let value = Array(digits[valueStart..<(valueStart + rule.valueDigits)])
        if rule.hasPriceVerifier, let expected = GS1Check.priceVerifierDigit(of: value), digits[keyEnd] != expected {
            throw .badPriceVerifier(expected: expected, found: digits[keyEnd])
        }
        let number = Digits.number(value)
        let key = Digits.string(digits[0..<keyEnd])
        switch rule.kind {
        case .price:
            return (key, .price(BarcodePrice(amount: number, decimals: rule.decimals)))
        case .weight:
            let toGrams = (rule.decimals..<3).reduce(Int64(1)) { factor, _ in factor * 10 }
            return (key, .weight(grams: number * toGrams))
        case .count:
            return (key, .count(number))
        }
    }
}
