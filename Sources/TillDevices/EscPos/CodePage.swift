/// A printer character table for bytes 0x80–0xFF (0x20–0x7E are ASCII in all of them), so text
/// outside ASCII prints as the glyph the cashier typed rather than box-drawing noise.
///
/// The raw value is the name printer profiles use in configuration files.
public enum CodePage: String, CaseIterable, Hashable, Sendable {
    /// The IBM PC original: German umlauts, ß, a few accents, box drawing.
    case cp437
    /// Western European DOS page: most Latin-1 letters.
    case cp850
    /// CP850 with € at 0xD5 in place of the dotless ı.
    case cp858
    /// Cyrillic DOS page (Russian, Ukrainian, Belarusian).
    case cp866
    /// Windows Western European: Latin-1 letters plus €, curly quotes and dashes.
    case cp1252

    /// The byte that prints `scalar` in this page, or nil when the page does not have it.
    func byte(for scalar: Unicode.Scalar) -> UInt8? {
        if scalar.isASCII { return UInt8(scalar.value) }
        return Self.reverseTables[self]?[scalar]
    }

    /// The character each byte 0x80–0xFF prints.
    var upperHalf: [Unicode.Scalar] {
        switch self {
        case .cp437: Self.cp437Table
        case .cp850: Self.cp850Table
        case .cp858: Self.cp858Table
        case .cp866: Self.cp866Table
        case .cp1252: Self.cp1252Table
        }
    }

    /// Scalar → byte for every page, built once on first use.
    private static let reverseTables: [CodePage: [Unicode.Scalar: UInt8]] = Dictionary(
        uniqueKeysWithValues: allCases.map { page in
            var table: [Unicode.Scalar: UInt8] = [:]
            for (offset, scalar) in page.upperHalf.enumerated() where scalar != "\u{FFFD}" {
                table[scalar] = UInt8(0x80 + offset)
            }
            return (page, table)
        })
}
