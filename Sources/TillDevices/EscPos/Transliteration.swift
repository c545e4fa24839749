import Foundation

/// Plain look-alikes for characters no code page of the printer has, so “Crème brûlée – 5 €” still
/// reads right on a printer without € or a page with those accents.
enum Transliteration {
    /// The replacement for one character: a fixed spelling for the few that have one, else the
    /// character with its accents stripped (compatibility decomposition, marks removed), else nil.
    static func replacement(for character: String) -> String? {
        if let spelled = spellings[character] { return spelled }
        let stripped = String(String.UnicodeScalarView(
            character.decomposedStringWithCompatibilityMapping.unicodeScalars.filter { !isMark($0) }))
        return stripped.isEmpty || stripped == character ? nil : stripped
    }

    /// Characters whose decomposition gives no ASCII spelling (… ™ and no-break space decompose to
    /// "...", "TM" and " " by themselves).
    private static let spellings: [String: String] = [
        "€": "EUR", "“": "\"", "”": "\"", "„": "\"", "«": "\"", "»": "\"",
        "‘": "'", "’": "'", "‚": "'", "‹": "'", "›": "'",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "•": "*", "·": ".",
        "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ı": "i",
        "×": "x", "©": "(C)", "®": "(R)", "£": "GBP",
    ]

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
