/// Reading chords from keymap text and from raw terminal characters.
extension KeyChord {
    /// Why a chord's text could not be read.
    public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        case empty
        case unknownKey(String)
        case functionKeyOutOfRange(Int)
        /// `S-` on a character: write the shifted character itself (`"A"`, not `"S-a"`).
        case shiftOnCharacter(String)
        case repeatedModifier(String)

        public var description: String {
            switch self {
            case .empty: "empty key chord"
            case .unknownKey(let name): "unknown key \"\(name)\""
            case .functionKeyOutOfRange(let number): "function key F\(number) is out of range (F1–F24)"
            case .shiftOnCharacter(let text): "\"\(text)\": write the shifted character itself instead of S-"
            case .repeatedModifier(let text): "\"\(text)\": modifier given twice"
            }
        }
    }

    /// Parses chord text such as `"F2"`, `"C-x"`, `"M-enter"`, `"S-tab"`, `"pgdn"` or `"+"`.
    ///
    /// Modifier prefixes are `C-` (control), `M-` (meta/alt) and `S-` (shift), in any order and
    /// either case; key names are case-insensitive; a single character stands for itself.
    public init(parsing text: String) throws(ParseError) {
        guard !text.isEmpty else { throw .empty }
        var rest = Substring(text)
        var modifiers: Modifiers = []
        while rest.count > 2, let modifier = KeyChord.modifierPrefix(rest) {
            guard !modifiers.contains(modifier) else { throw .repeatedModifier(text) }
            modifiers.insert(modifier)
            rest = rest.dropFirst(2)
        }
        let key = try KeyChord.parseKey(rest)
        if modifiers.contains(.shift), case .character = key {
            throw .shiftOnCharacter(text)
        }
        self.init(key, modifiers: modifiers)
    }

    /// The chord a terminal's raw character stands for: C0 controls become `C-a`…`C-z`, `enter`
    /// (CR and LF), `tab`, `esc` and `backspace` (BS and DEL); anything else is the character.
    /// Backends use this for characters they read that are not special keys.
    public init(terminalCharacter scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0D, 0x0A: self.init(.enter)
        case 0x09: self.init(.tab)
        case 0x1B: self.init(.escape)
        case 0x08, 0x7F: self.init(.backspace)
        case 0x00: self.init(.character(" "), modifiers: .control)
        case 0x01...0x1A:
            let letter = Unicode.Scalar(UInt8(0x60 + scalar.value))
            self.init(.character(Character(letter)), modifiers: .control)
        default: self.init(.character(Character(scalar)))
        }
    }

    private static func modifierPrefix(_ text: Substring) -> Modifiers? {
        guard text.dropFirst().first == "-", let letter = text.first else { return nil }
        switch letter {
        case "C", "c": return .control
        case "M", "m", "A", "a": return .meta
        case "S", "s": return .shift
        default: return nil
        }
    }

    private static func parseKey(_ text: Substring) throws(ParseError) -> Key {
        guard let first = text.first else { throw .empty }
        if text.count == 1 {
            guard first.displayWidth > 0 else { throw .unknownKey(String(text)) }
            return .character(first)
        }
        let name = text.lowercased()
        if name.first == "f", let number = Int(name.dropFirst()) {
            guard (1...24).contains(number) else { throw .functionKeyOutOfRange(number) }
            return .function(number)
        }
        guard let match = keyNames.first(where: { $0.names.contains(name) }) else {
            throw .unknownKey(String(text))
        }
        return match.key
    }
}
