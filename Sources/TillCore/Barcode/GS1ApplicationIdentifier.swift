/// The GS1 application identifiers Till can read, with the length and content each allows;
/// an element string can only be split by knowing every identifier in it.
///
/// Every fixed-length identifier here is also one of GS1's "predefined length" ones
/// (General Specifications figure 7.8.5-2), so fixed-length fields never need a separator.
struct GS1ApplicationIdentifier: Sendable {
    enum Content: Sendable {
        /// Digits only.
        case numeric
        /// GS1 character set 82.
        case characters
    }

    enum Check: Sendable {
        case none
        /// The last digit is a GS1 mod-10 check digit.
        case checkDigit
        /// YYMMDD.
        case date
    }

    /// "01", or "310" for the family 3100–3105 whose last digit is the number of decimals.
    let code: String
    /// The allowed decimals digit for a family; nil for a plain identifier.
    let decimals: ClosedRange<Int>?
    let minimum: Int
    let maximum: Int
    let content: Content
    let check: Check

    var isFixedLength: Bool { minimum == maximum }

    /// The identifier at the start of `text`: its definition, its full code ("3103") and its decimals.
    static func match(_ text: ArraySlice<Character>) -> (definition: Self, ai: String, decimals: Int?)? {
        for length in 2...3 where text.count >= length {
            let code = String(text.prefix(length))
            guard let definition = table[code] else { continue }
            guard let range = definition.decimals else { return (definition, code, nil) }
            guard let next = text.dropFirst(length).first, let digit = Digits.value(of: next),
                  range.contains(digit) else { return nil }
            return (definition, code + String(next), digit)
        }
        return nil
    }

    /// Whether GS1 allows `character` in alphanumeric fields (character set 82).
    static func isCharacterSet82(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        switch ascii {
        case 0x21, 0x22, 0x25...0x3F, 0x41...0x5A, 0x5F, 0x61...0x7A: return true
        default: return false
        }
    }

    private static let table: [String: Self] = {
        let definitions: [Self] = [
            fixed("00", 18, .checkDigit), fixed("01", 14, .checkDigit), fixed("02", 14, .checkDigit),
            variable("10", 20, .characters),
            fixed("11", 6, .date), fixed("13", 6, .date), fixed("15", 6, .date),
            fixed("16", 6, .date), fixed("17", 6, .date),
            fixed("20", 2, .none),
            variable("21", 20, .characters),
            variable("240", 30, .characters),
            variable("30", 8, .numeric), variable("37", 8, .numeric),
            measure("310"), measure("311"), measure("312"), measure("313"),
            measure("314"), measure("315"), measure("316"), measure("320"),
            Self(code: "392", decimals: 0...9, minimum: 1, maximum: 15, content: .numeric, check: .none),
            Self(code: "393", decimals: 0...9, minimum: 4, maximum: 18, content: .numeric, check: .none),
            variable("90", 30, .characters),
        ] + (91...99).map { variable(String($0), 90, .characters) }
        return Dictionary(uniqueKeysWithValues: definitions.map { ($0.code, $0) })
    }()

    private static func fixed(_ code: String, _ length: Int, _ check: Check) -> Self {
        Self(code: code, decimals: nil, minimum: length, maximum: length, content: .numeric, check: check)
    }

    private static func variable(_ code: String, _ maximum: Int, _ content: Content) -> Self {
        Self(code: code, decimals: nil, minimum: 1, maximum: maximum, content: content, check: .none)
    }

    /// A trade measure, six digits with 0–5 decimals (3100–3105 and the like).
    private static func measure(_ code: String) -> Self {
        Self(code: code, decimals: 0...5, minimum: 6, maximum: 6, content: .numeric, check: .none)
    }
}
