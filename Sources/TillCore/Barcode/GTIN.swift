/// A validated trade item number, kept exactly as scanned (leading zeros included) next to the
/// 14-digit form that the catalog is keyed on, so every print of one item finds one entry.
public struct GTIN: Hashable, Sendable, CustomStringConvertible {
    /// The printed form the digits came in.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case ean13
        case ean8
        case upcA
        /// UPC-E, 6, 7 or 8 digits; `normalized` holds its expansion.
        case upcE
        case gtin14

        /// The digit counts this form may be written with.
        public var allowedLengths: [Int] {
            switch self {
            case .ean13: [13]
            case .ean8: [8]
            case .upcA: [12]
            case .upcE: [6, 7, 8]
            case .gtin14: [14]
            }
        }
    }

    /// The digits as scanned or keyed.
    public let digits: String
    public let kind: Kind
    /// The GTIN-14 form (zero-padded; UPC-E expanded): the catalog lookup key.
    public let normalized: String

    /// Reads a code whose form is known (from the scanner's AIM identifier, or a catalog field).
    public init(_ code: String, kind: Kind) throws(BarcodeError) {
        let parsed = try Digits.parse(code)
        guard kind.allowedLengths.contains(parsed.count) else {
            throw .wrongLength(got: parsed.count, allowed: kind.allowedLengths)
        }
        let full: [Int]
        if kind == .upcE {
            full = try UPCE.expandedDigits(parsed)
        } else {
            try Self.verifyCheckDigit(parsed)
            full = parsed
        }
        self.digits = code
        self.kind = kind
        self.normalized = String(repeating: "0", count: 14 - full.count) + Digits.string(full)
    }

    /// Reads a code of unknown form by its length: 13 EAN-13, 12 UPC-A, 14 GTIN-14, 6 or 7 UPC-E,
    /// 8 EAN-8 when its check digit holds and otherwise UPC-E.
    ///
    /// An 8-digit code can be valid both ways; the scanner's AIM identifier (`]E4` or `]E0`)
    /// settles it, so send AIM identifiers where UPC-E items are sold.
    public init(_ code: String) throws(BarcodeError) {
        let parsed = try Digits.parse(code)
        switch parsed.count {
        case 6, 7: try self.init(code, kind: .upcE)
        case 8 where GS1Check.isValid(code) || parsed[0] > 1: try self.init(code, kind: .ean8)
        case 8: try self.init(code, kind: .upcE)
        case 12: try self.init(code, kind: .upcA)
        case 13: try self.init(code, kind: .ean13)
        case 14: try self.init(code, kind: .gtin14)
        default: throw .wrongLength(got: parsed.count, allowed: Self.allowedLengths)
        }
    }

    /// Every digit count `init(_:)` accepts.
    public static let allowedLengths = [6, 7, 8, 12, 13, 14]

    public var description: String { digits }

    private static func verifyCheckDigit(_ digits: [Int]) throws(BarcodeError) {
        guard let found = digits.last else { throw .empty }
        let expected = GS1Check.checkDigit(of: digits.dropLast())
        guard found == expected else { throw .badCheckDigit(expected: expected, found: found) }
    }
}
