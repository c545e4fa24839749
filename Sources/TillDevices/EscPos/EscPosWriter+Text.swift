import Foundation

/// Text to bytes in the printer's code pages: the current page when it has the character, else the
/// first profile slot that has it, else a transliteration, and only then `?`.
extension EscPosWriter {
    /// `text` NFC-normalised (so “é” typed as e + ◌́ is one character a code page has), with control
    /// characters dropped: a stray DLE could otherwise form `DLE EOT` or `DLE DC4`, which printers
    /// obey wherever they appear.
    mutating func appendText(_ text: String) {
        for character in text.precomposedStringWithCanonicalMapping {
            appendCharacter(character)
        }
    }

    private mutating func appendCharacter(_ character: Character) {
        let scalars = character.unicodeScalars.filter { !Self.isInvisible($0) }
        if scalars.count == 1, let scalar = scalars.first, canEncode(scalar) {
            appendScalar(scalar)
            return
        }
        if scalars.isEmpty { return }
        guard let replacement = Transliteration.replacement(for: String(String.UnicodeScalarView(scalars))),
              replacement.unicodeScalars.allSatisfy(canEncode) else {
            append(UInt8(ascii: "?"))
            return
        }
        for scalar in replacement.unicodeScalars {
            appendScalar(scalar)
        }
    }

    /// Whether ASCII or one of the profile's code pages has `scalar`.
    private func canEncode(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII || profile.codePages.contains { $0.codePage.byte(for: scalar) != nil }
    }

    /// One encodable scalar, switching code page first when the current one lacks it.
    private mutating func appendScalar(_ scalar: Unicode.Scalar) {
        if let byte = codePage?.codePage.byte(for: scalar) {
            append(byte)
            return
        }
        if scalar.isASCII {
            append(UInt8(scalar.value))
            return
        }
        guard let slot = profile.codePages.first(where: { $0.codePage.byte(for: scalar) != nil }),
              let byte = slot.codePage.byte(for: scalar) else { return }
        select(slot)
        append(byte)
    }

    /// `ESC t n`, or `ESC GS t n` on Star printers.
    private mutating func select(_ slot: CodePageSlot) {
        codePage = slot
        append(profile.starCodePageCommand
               ? [Self.escape, Self.groupSeparator, 0x74, slot.number]
               : [Self.escape, 0x74, slot.number])
    }

    /// C0 and C1 controls, DEL, and format characters (zero-width space, soft hyphen, BOM,
    /// direction marks), none of which has a glyph.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format
    }
}
