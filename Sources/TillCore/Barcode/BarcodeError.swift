/// Why a scanned or keyed code was refused, with what a cashier or manager needs to act on it.
///
/// Positions count from 1, as a person reads the code.
public enum BarcodeError: Error, Equatable, Sendable {
    /// Nothing was left once whitespace, CR/LF and the AIM identifier were removed.
    case empty
    /// A character that is not a digit where only digits may appear.
    case invalidCharacter(Character, position: Int)
    /// The code has a length that no accepted format has.
    case wrongLength(got: Int, allowed: [Int])
    /// The last digit does not match the GS1 mod-10 check digit of the others.
    case badCheckDigit(expected: Int, found: Int)
    /// A UPC-E code whose number system (first digit) is not 0 or 1.
    case badUPCENumberSystem(Int)
    /// The price/weight verifier digit inside a variable-measure EAN-13 does not match its value.
    case badPriceVerifier(expected: Int, found: Int)
    /// An AIM symbology identifier that is cut short (fewer than three characters).
    case malformedSymbologyIdentifier(String)
    /// A symbology or modifier that Till reads but cannot interpret, e.g. `]E3` (EAN with add-on).
    case unsupportedSymbology(String)
    /// A GS1 element string with an application identifier that Till does not know; nothing after it can be read.
    case unknownApplicationIdentifier(String)
    /// A GS1 field shorter than its application identifier requires.
    case gs1FieldTooShort(ai: String, minimum: Int, got: Int)
    /// A GS1 field longer than its application identifier allows, usually because a separator was lost.
    case gs1FieldTooLong(ai: String, maximum: Int, got: Int)
    /// A character that the GS1 field may not hold (a digit-only field, or outside the GS1 character set 82).
    case gs1InvalidCharacter(ai: String, Character)
    /// A GS1 date field (YYMMDD) that is not a calendar date.
    case gs1InvalidDate(ai: String, value: String)
    /// A configured stand-in for GS that can itself appear inside GS1 data, so it would split fields.
    case unusableGSSubstitute(Character)
    /// A store's variable-measure layout rule that cannot describe a 13-digit code.
    case invalidLayout(prefix: Int, reason: String)

    /// One plain-English sentence for the status line.
    public var message: String {
        switch self {
        case .empty:
            "nothing was scanned: scan again"
        case .invalidCharacter(let character, let position):
            "“\(Self.visible(character))” at position \(position) is not a digit: rescan or key the code"
        case .wrongLength(let got, let allowed):
            "the code has \(got) digits, expected \(Self.list(allowed)): rescan or key the code"
        case .badCheckDigit(let expected, let found):
            "check digit is \(found), expected \(expected): rescan or key the code"
        case .badUPCENumberSystem(let digit):
            "a UPC-E code starts with 0 or 1, not \(digit): rescan or key the code"
        case .badPriceVerifier(let expected, let found):
            "the price check digit on the label is \(found), expected \(expected): key the price by hand"
        case .malformedSymbologyIdentifier(let identifier):
            "the scanner sent a cut-short symbology identifier “\(identifier)”: check the scanner set-up"
        case .unsupportedSymbology(let identifier):
            "codes of symbology \(identifier) are not supported: key the code"
        case .unknownApplicationIdentifier(let ai):
            "the GS1 code holds an unknown field starting “\(ai)”: key the code"
        case .gs1FieldTooShort(let ai, let minimum, let got):
            "GS1 field (\(ai)) has \(got) characters, needs \(minimum): rescan"
        case .gs1FieldTooLong(let ai, let maximum, let got):
            "GS1 field (\(ai)) has \(got) characters, at most \(maximum): is the scanner dropping the GS separator?"
        case .gs1InvalidCharacter(let ai, let character):
            "GS1 field (\(ai)) may not contain “\(Self.visible(character))”: check the scanner keyboard layout"
        case .gs1InvalidDate(let ai, let value):
            "GS1 date (\(ai)) \(value) is not a valid YYMMDD date: rescan"
        case .unusableGSSubstitute(let character):
            "“\(Self.visible(character))” can appear inside GS1 data, so it cannot stand in for GS: choose # | ~ or ^"
        case .invalidLayout(let prefix, let reason):
            "variable-measure rule for prefix \(prefix) is invalid: \(reason)"
        }
    }

    /// Control characters (a stray GS, a tab) are invisible on screen, so they are shown as U+XXXX.
    private static func visible(_ character: Character) -> String {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
              scalar.value < 0x20 || scalar.value == 0x7F else { return String(character) }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    private static func list(_ numbers: [Int]) -> String {
        let words = numbers.map(String.init)
        guard let last = words.last, words.count > 1 else { return words.first ?? "none" }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }
}
