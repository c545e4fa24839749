import TermUI
import CNcursesw

/// What one `wget_wch` call delivered, before it means a key.
enum CursesInput: Sendable, Hashable {
    /// A character (`OK`): printable text or a C0 control.
    case character(UInt32)
    /// A key code (`KEY_CODE_YES`); `name` is ncurses's `keyname` for codes past `KEY_MAX`, which
    /// terminfo's extended capabilities (`kUP5`, `kDC3`) define at run time.
    case keyCode(Int32, name: String?)
}

/// Turns ncurses key codes and characters into chords, as pure functions so they test without a tty.
enum CursesKeys {
    /// The chord for a character `wget_wch` returned; nil for values that are no key (C1 controls,
    /// invalid scalars).
    static func chord(character value: UInt32) -> KeyChord? {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        switch value {
        case 0x1C...0x1F:
            let symbol = Character(Unicode.Scalar(UInt8(value + 0x40)))
            return KeyChord(.character(symbol), modifiers: .control)
        case 0x80...0x9F:
            return nil
        default:
            return KeyChord(terminalCharacter: scalar)
        }
    }

    /// The chord for a key code `wget_wch` returned; nil for codes that are no key (mouse, the keypad
    /// centre, unknown sequences).
    static func chord(keyCode code: Int32, name: String?) -> KeyChord? {
        if code > KEY_F0, code <= KEY_F0 + 63 {
            return functionKey(Int(code - KEY_F0))
        }
        if code > KEY_MAX {
            return name.flatMap(extendedKey)
        }
        return standardKeys[code]
    }

    /// The xterm convention for F-keys past F12: each block of twelve adds a modifier, so F13 is S-F1,
    /// F25 C-F1, F37 C-S-F1, F49 M-F1 and F61 M-S-F1.
    static func functionKey(_ number: Int) -> KeyChord? {
        let blocks: [KeyChord.Modifiers] = [[], .shift, .control, [.control, .shift], .meta, [.meta, .shift]]
        guard number >= 1 else { return nil }
        let block = (number - 1) / 12
        guard block < blocks.count else { return nil }
        return KeyChord(.function((number - 1) % 12 + 1), modifiers: blocks[block])
    }

    /// Named keys ncurses reports with fixed codes.
    static let standardKeys: [Int32: KeyChord] = [
        KEY_UP: KeyChord(.up), KEY_DOWN: KeyChord(.down), KEY_LEFT: KeyChord(.left), KEY_RIGHT: KeyChord(.right),
        KEY_HOME: KeyChord(.home), KEY_END: KeyChord(.end),
        KEY_PPAGE: KeyChord(.pageUp), KEY_NPAGE: KeyChord(.pageDown),
        KEY_IC: KeyChord(.insert), KEY_DC: KeyChord(.delete),
        KEY_BACKSPACE: KeyChord(.backspace),
        KEY_ENTER: KeyChord(.keypadEnter),
        KEY_BTAB: KeyChord(.tab, modifiers: .shift),
        KEY_SR: KeyChord(.up, modifiers: .shift), KEY_SF: KeyChord(.down, modifiers: .shift),
        KEY_SLEFT: KeyChord(.left, modifiers: .shift), KEY_SRIGHT: KeyChord(.right, modifiers: .shift),
        KEY_SHOME: KeyChord(.home, modifiers: .shift), KEY_SEND: KeyChord(.end, modifiers: .shift),
        KEY_SPREVIOUS: KeyChord(.pageUp, modifiers: .shift), KEY_SNEXT: KeyChord(.pageDown, modifiers: .shift),
        KEY_SIC: KeyChord(.insert, modifiers: .shift), KEY_SDC: KeyChord(.delete, modifiers: .shift),
        KEY_A1: KeyChord(.home), KEY_A3: KeyChord(.pageUp), KEY_C1: KeyChord(.end), KEY_C3: KeyChord(.pageDown),
        KEY_FIND: KeyChord(.home), KEY_SELECT: KeyChord(.end),
    ]

    /// Key names of terminfo's extended capabilities, before the modifier digit.
    static let extendedNames: [String: KeyChord.Key] = [
        "kUP": .up, "kDN": .down, "kLFT": .left, "kRIT": .right, "kHOM": .home, "kEND": .end,
        "kPRV": .pageUp, "kNXT": .pageDown, "kIC": .insert, "kDC": .delete,
    ]

    /// Keypad keys some terminfo entries name (`kpADD`): they type their character.
    static let keypadNames: [String: Character] = [
        "kpADD": "+", "kpSUB": "-", "kpMUL": "*", "kpDIV": "/", "kpDOT": ".", "kpCMA": ",", "kpZRO": "0",
    ]

    /// An extended key such as `kUP5` (C-up): xterm's modifier digit is 1 plus shift 1, alt 2, ctrl 4;
    /// no digit means shift.
    static func extendedKey(_ name: String) -> KeyChord? {
        if let character = keypadNames[name] { return KeyChord(character) }
        let digit = name.last.flatMap(\.wholeNumberValue)
        let base = digit == nil ? name : String(name.dropLast())
        guard let key = extendedNames[base] else { return nil }
        guard let digit else { return KeyChord(key, modifiers: .shift) }
        guard (2...8).contains(digit) else { return nil }
        let bits = digit - 1
        var modifiers: KeyChord.Modifiers = []
        if bits & 1 != 0 { modifiers.insert(.shift) }
        if bits & 2 != 0 { modifiers.insert(.meta) }
        if bits & 4 != 0 { modifiers.insert(.control) }
        return KeyChord(key, modifiers: modifiers)
    }

    /// The key an SS3 sequence (`ESC O x`) ncurses did not know stands for: the application keypad
    /// (digits, operators, Enter), arrows, Home/End and F1–F4.
    static func ss3Key(final value: UInt32) -> KeyChord? {
        guard let scalar = Unicode.Scalar(value) else { return nil }
        switch scalar {
        case "p"..."y": return KeyChord(Character(Unicode.Scalar(UInt8(value) - 0x40)))
        case "j": return KeyChord("*")
        case "k": return KeyChord("+")
        case "l": return KeyChord(",")
        case "m": return KeyChord("-")
        case "n": return KeyChord(".")
        case "o": return KeyChord("/")
        case "X": return KeyChord("=")
        case "M": return KeyChord(.keypadEnter)
        case "A": return KeyChord(.up)
        case "B": return KeyChord(.down)
        case "C": return KeyChord(.right)
        case "D": return KeyChord(.left)
        case "H": return KeyChord(.home)
        case "F": return KeyChord(.end)
        case "P"..."S": return KeyChord(.function(Int(value) - 0x4F))
        default: return nil
        }
    }

    /// `chord` pressed with Alt, which terminals send as an Esc prefix.
    static func meta(_ chord: KeyChord) -> KeyChord {
        KeyChord(chord.key, modifiers: chord.modifiers.union(.meta))
    }
}
