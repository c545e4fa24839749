/// What a keyboard usage ID types on a US layout, which is what scanners send in keyboard mode;
/// reading usage IDs rather than the host's key map keeps a barcode intact on QWERTZ or AZERTY.
enum HIDKeyboardUsage {
    /// Usage IDs a keyboard puts in every key slot when it cannot tell which keys are down
    /// (ErrorRollOver, POSTFail, ErrorUndefined): such a report says nothing about the keys.
    static let errors: ClosedRange<UInt8> = 0x01...0x03

    /// The character `usage` types, shifted or not; `nil` for keys that type nothing (Escape,
    /// Backspace, arrows, function keys) and usages outside the keyboard page.
    static func character(_ usage: UInt8, shifted: Bool) -> Character? {
        switch usage {
        case 0x04...0x1D:
            Character(Unicode.Scalar((shifted ? 0x41 : 0x61) + usage - 0x04))
        case 0x1E...0x27:
            (shifted ? shiftedDigitRow : digitRow)[Int(usage - 0x1E)]
        case 0x28:
            "\r"
        case 0x2B:
            "\t"
        case 0x2C:
            " "
        case 0x2D...0x38:
            (shifted ? shiftedPunctuation : punctuation)[Int(usage - 0x2D)]
        case 0x54...0x63:
            keypad[Int(usage - 0x54)]
        default:
            nil
        }
    }

    /// The control character Ctrl with `character` types (Ctrl+] is GS, which scanners send for
    /// GS1's FNC1; Ctrl+letter is 0x01–0x1A), or `nil` for a key Ctrl turns into a shortcut.
    /// Enter and Tab stay as they are.
    static func control(_ character: Character) -> Character? {
        guard let ascii = character.asciiValue else { return nil }
        switch ascii {
        case 0x09, 0x0D: return character
        case 0x41...0x5F, 0x61...0x7A: return Character(Unicode.Scalar(ascii & 0x1F))
        default: return nil
        }
    }

    /// Usages 0x1E–0x27.
    private static let digitRow = Array("1234567890")
    private static let shiftedDigitRow = Array("!@#$%^&*()")
    /// Usages 0x2D–0x38; 0x32 is "Non-US # and ~" in the HID usage tables (a US keyboard has no
    /// such key).
    private static let punctuation = Array("-=[]\\#;'`,./")
    private static let shiftedPunctuation = Array("_+{}|~:\"~<>?")
    /// Usages 0x54–0x63 (0x58 is keypad Enter); the keypad types the same shifted or not, as
    /// scanners use it with Num Lock on.
    private static let keypad = Array("/*-+\r1234567890.")
}
