/// One key press with its modifiers, the unit keymaps bind to actions.
///
/// Its text form is what keymap files use and hint bars show: `"F2"`, `"C-x"`, `"M-x"`, `"S-tab"`,
/// `"enter"`, `"kp-enter"`, `"pgdn"`, `"a"`, `"+"`. ``init(parsing:)`` accepts aliases (`"Return"`,
/// `"PageDown"`, `"c-X"`); ``description`` is the canonical form, and parsing it gives the same chord
/// back.
public struct KeyChord: Sendable, Hashable, CustomStringConvertible {
    /// A key without its modifiers.
    public enum Key: Sendable, Hashable {
        /// A printable character; letters keep their case (shift is in the case, not a modifier).
        case character(Character)
        /// A function key, F1 to F24.
        case function(Int)
        case enter
        case keypadEnter
        case escape
        case tab
        case backspace
        case delete
        case insert
        case up
        case down
        case left
        case right
        case home
        case end
        case pageUp
        case pageDown
    }

    /// Modifier keys held with the key.
    public struct Modifiers: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8

        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        public static let control = Modifiers(rawValue: 1 << 0)
        /// Alt, sent by terminals as an Esc prefix.
        public static let meta = Modifiers(rawValue: 1 << 1)
        /// Shift on a named key (`S-tab`); shifted characters are their own characters instead.
        public static let shift = Modifiers(rawValue: 1 << 2)
    }

    public var key: Key
    public var modifiers: Modifiers

    /// A chord of `key` with `modifiers`; control letters are kept lower case, as terminals cannot
    /// tell `C-x` from `C-X`.
    public init(_ key: Key, modifiers: Modifiers = []) {
        if modifiers.contains(.control), case .character(let character) = key {
            self.key = .character(Character(character.lowercased()))
        } else {
            self.key = key
        }
        self.modifiers = modifiers
    }

    /// A plain printable character.
    public init(_ character: Character) {
        self.init(.character(character))
    }

    /// The canonical text, as keymap files write it and hint bars show it.
    public var description: String {
        var text = ""
        if modifiers.contains(.control) { text += "C-" }
        if modifiers.contains(.meta) { text += "M-" }
        if modifiers.contains(.shift) { text += "S-" }
        return text + KeyChord.name(of: key)
    }
}

extension KeyChord {
    /// Canonical names of the named keys, first, with the aliases parsing also accepts.
    static let keyNames: [(names: [String], key: Key)] = [
        (["enter", "return", "ret", "cr"], .enter),
        (["kp-enter", "kpenter", "keypad-enter"], .keypadEnter),
        (["esc", "escape"], .escape),
        (["tab"], .tab),
        (["backspace", "bs", "bksp"], .backspace),
        (["del", "delete"], .delete),
        (["ins", "insert"], .insert),
        (["up"], .up),
        (["down"], .down),
        (["left"], .left),
        (["right"], .right),
        (["home"], .home),
        (["end"], .end),
        (["pgup", "pageup", "page-up"], .pageUp),
        (["pgdn", "pagedown", "page-down", "pgdown"], .pageDown),
        (["space", "spc"], .character(" ")),
        (["minus"], .character("-")),
    ]

    static func name(of key: Key) -> String {
        switch key {
        case .function(let number):
            return "F\(number)"
        case .character(let character) where character != " ":
            return String(character)
        default:
            return keyNames.first { $0.key == key }?.names.first ?? ""
        }
    }
}
