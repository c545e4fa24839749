/// The fields of a GS1-128, GS1 DataBar, GS1 DataMatrix or GS1 QR code, read once so the cart
/// gets the item, its weight, price and dates without knowing the encoding.
public struct GS1ElementString: Hashable, Sendable {
    /// One field: its application identifier ("01", "3103") and its text as encoded.
    public struct Element: Hashable, Sendable {
        public let ai: String
        public let value: String

        public init(ai: String, value: String) {
            self.ai = ai
            self.value = value
        }
    }

    /// The ASCII group separator a scanner sends for each FNC1 after the first.
    public static let groupSeparator: Character = "\u{1D}"

    /// The fields in the order they were encoded.
    public let elements: [Element]
    /// The item from (01).
    public let gtin: GTIN?
    /// Net weight in grams from (310n), else from (320n) pounds; rounded half up to the gram
    /// when the code is more precise than that.
    public let netWeightGrams: Int64?
    /// The amount payable from (392n).
    public let price: BarcodePrice?

    /// Reads an element string (without its AIM identifier) whose variable-length fields end in
    /// GS (0x1D) or in `gsSubstitute`, for keyboard wedges that cannot type GS.
    public init(_ text: String, gsSubstitute: Character? = nil) throws(BarcodeError) {
        if let gsSubstitute { try Self.checkSubstitute(gsSubstitute) }
        let characters = Array(text)
        var elements: [Element] = []
        var index = 0
        while index < characters.count {
            if characters[index] == Self.groupSeparator || characters[index] == gsSubstitute {
                index += 1
                continue
            }
            let (element, next) = try Self.element(in: characters, at: index, gsSubstitute: gsSubstitute)
            elements.append(element)
            index = next
        }
        guard !elements.isEmpty else { throw .empty }
        self.elements = elements
        self.gtin = try elements.first { $0.ai == "01" }.map { element throws(BarcodeError) in
            try GTIN(element.value, kind: .gtin14)
        }
        self.netWeightGrams = Self.netWeightGrams(in: elements)
        self.price = elements.first { $0.ai.hasPrefix("392") }.flatMap(Self.price)
    }

    /// The text of the first field with this application identifier.
    public subscript(ai: String) -> String? {
        elements.first { $0.ai == ai }?.value
    }

    /// The date in field `ai` (11 production, 13 packaging, 15 best before, 16 sell by, 17 expiry).
    public func date(_ ai: String) -> GS1Date? {
        self[ai].flatMap { GS1Date(yymmdd: $0) }
    }

    /// Throws unless `character` can stand in for GS: it must not be able to appear in a field.
    public static func checkSubstitute(_ character: Character) throws(BarcodeError) {
        if GS1ApplicationIdentifier.isCharacterSet82(character) || character == groupSeparator {
            throw .unusableGSSubstitute(character)
        }
    }

    private static func element(
        in characters: [Character], at start: Int, gsSubstitute: Character?
    ) throws(BarcodeError) -> (Element, next: Int) {
        let rest = characters[start...]
        guard let (definition, ai, _) = GS1ApplicationIdentifier.match(rest) else {
            throw .unknownApplicationIdentifier(String(rest.prefix(4)))
        }
        let valueStart = start + ai.count
        let end = characters[valueStart...].firstIndex { $0 == groupSeparator || $0 == gsSubstitute }
            ?? characters.count
        let available = end - valueStart
        let length = definition.isFixedLength ? min(available, definition.maximum) : available
        if length < definition.minimum {
            throw .gs1FieldTooShort(ai: ai, minimum: definition.minimum, got: length)
        }
        if length > definition.maximum {
            throw .gs1FieldTooLong(ai: ai, maximum: definition.maximum, got: length)
        }
        let value = characters[valueStart..<(valueStart + length)]
        try validate(value, ai: ai, definition: definition)
        return (Element(ai: ai, value: String(value)), valueStart + length)
    }

    private static func validate(
        _ value: ArraySlice<Character>, ai: String, definition: GS1ApplicationIdentifier
    ) throws(BarcodeError) {
        for character in value {
            let allowed = switch definition.content {
            case .numeric: Digits.value(of: character) != nil
            case .characters: GS1ApplicationIdentifier.isCharacterSet82(character)
            }
            if !allowed { throw .gs1InvalidCharacter(ai: ai, character) }
        }
        switch definition.check {
        case .none:
            break
        case .checkDigit:
            let digits = value.compactMap(Digits.value(of:))
            guard let found = digits.last else { break }
            let expected = GS1Check.checkDigit(of: digits.dropLast())
            if found != expected { throw .badCheckDigit(expected: expected, found: found) }
        case .date:
            if GS1Date(yymmdd: String(value)) == nil { throw .gs1InvalidDate(ai: ai, value: String(value)) }
        }
    }

    private static func netWeightGrams(in elements: [Element]) -> Int64? {
        if let kilograms = elements.first(where: { $0.ai.hasPrefix("310") }) {
            let (number, decimals) = measure(kilograms)
            return roundedHalfUp(number * 1000, dividedBy: power(decimals))
        }
        if let pounds = elements.first(where: { $0.ai.hasPrefix("320") }) {
            let (number, decimals) = measure(pounds)
            return roundedHalfUp(number * gramsPerPoundTimes1e5, dividedBy: power(decimals + 5))
        }
        return nil
    }

    /// 1 lb = 453.592 37 g exactly.
    private static let gramsPerPoundTimes1e5: Int64 = 45_359_237

    private static func price(_ element: Element) -> BarcodePrice? {
        let (amount, decimals) = measure(element)
        return BarcodePrice(amount: amount, decimals: decimals)
    }

    /// The value of a decimals-family field (at most 15 digits) and its decimals (the AI's fourth digit).
    private static func measure(_ element: Element) -> (Int64, Int) {
        let decimals = element.ai.last.flatMap(Digits.value(of:)) ?? 0
        return (Digits.number(element.value.compactMap(Digits.value(of:))), decimals)
    }

    private static func power(_ exponent: Int) -> Int64 {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }

    private static func roundedHalfUp(_ numerator: Int64, dividedBy denominator: Int64) -> Int64 {
        (numerator + denominator / 2) / denominator
    }
}
