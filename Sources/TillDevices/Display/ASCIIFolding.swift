import Foundation

/// Text folded to printable ASCII, so a pole display in its default code page shows "Cafe" for
/// "Café" instead of garbage.
///
/// Accents are stripped through canonical decomposition; a few letters and signs that do not
/// decompose get a spelling of their own; anything else (CJK, emoji) becomes "?". This is a stopgap:
/// once the printer encoder's code-page tables exist, the display should go through them with a
/// display profile, as hardware.md §6 suggests, and keep accents the display can show.
enum ASCIIFolding {
    /// `text` in printable ASCII; control characters become spaces.
    static func fold(_ text: String) -> String {
        text.map(fold).joined()
    }

    private static func fold(_ character: Character) -> String {
        if let ascii = character.asciiValue {
            return (0x20..<0x7F).contains(ascii) ? String(character) : " "
        }
        if let spelled = spellings[character] { return spelled }
        let kept = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { (0x20..<0x7F).contains($0.value) }
        return kept.isEmpty ? "?" : String(String.UnicodeScalarView(kept))
    }

    /// Letters and signs without a decomposition, as a shop would spell them in plain ASCII.
    private static let spellings: [Character: String] = [
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
        "ł": "l", "Ł": "L", "€": "EUR", "£": "GBP", "—": "-", "–": "-", "‘": "'", "’": "'", "“": "\"",
        "”": "\"", "«": "\"", "»": "\"", "…": "...", "×": "x", "·": ".", "\u{A0}": " ",
    ]
}
