/// Text folded to printable ASCII, so a pole display in its default code page shows "Cafe" for
/// "Café" instead of garbage.
///
/// Each character the display cannot show takes the printer encoder's plain look-alike
/// (`Transliteration`: accents stripped, a few fixed spellings); one with no ASCII look-alike (CJK,
/// emoji) becomes "?". Once displays get profiles with code pages, as hardware.md §6 suggests, they
/// can keep the accents they can show.
enum ASCIIFolding {
    /// `text` in printable ASCII; control characters become spaces.
    static func fold(_ text: String) -> String {
        text.map(fold).joined()
    }

    private static func fold(_ character: Character) -> String {
        if let ascii = character.asciiValue {
            return isPrintable(ascii) ? String(character) : " "
        }
        guard let replacement = Transliteration.replacement(for: String(character)),
              replacement.utf8.allSatisfy(isPrintable) else { return "?" }
        return replacement
    }

    private static func isPrintable(_ byte: UInt8) -> Bool {
        (0x20..<0x7F).contains(byte)
    }
}
