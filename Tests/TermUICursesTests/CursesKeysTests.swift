import CNcursesw
import TermUI
import Testing

@testable import TermUICurses

/// The pure mapping from ncurses key codes and characters to chords, with no terminal.
struct CursesKeysTests {
    private func code(_ code: Int32, _ name: String? = nil) -> String? {
        CursesKeys.chord(keyCode: code, name: name)?.description
    }

    private func character(_ value: UInt32) -> String? {
        CursesKeys.chord(character: value)?.description
    }

    @Test func functionKeysAndShiftedFunctionKeys() {
        #expect(code(KEY_F0 + 1) == "F1")
        #expect(code(KEY_F0 + 12) == "F12")
        #expect(code(KEY_F0 + 13) == "S-F1")
        #expect(code(KEY_F0 + 24) == "S-F12")
        #expect(code(KEY_F0 + 25) == "C-F1")
        #expect(code(KEY_F0 + 37) == "C-S-F1")
        #expect(code(KEY_F0 + 49) == "M-F1")
        #expect(code(KEY_F0 + 63) == "M-S-F3")
        #expect(code(KEY_F0) == nil)
    }

    @Test func namedKeys() {
        let expected: [(Int32, String)] = [
            (KEY_UP, "up"), (KEY_DOWN, "down"), (KEY_LEFT, "left"), (KEY_RIGHT, "right"),
            (KEY_HOME, "home"), (KEY_END, "end"), (KEY_PPAGE, "pgup"), (KEY_NPAGE, "pgdn"),
            (KEY_IC, "ins"), (KEY_DC, "del"), (KEY_BACKSPACE, "backspace"), (KEY_BTAB, "S-tab"),
            (KEY_ENTER, "kp-enter"), (KEY_SR, "S-up"), (KEY_SNEXT, "S-pgdn"), (KEY_A1, "home"), (KEY_C3, "pgdn"),
        ]
        for (keyCode, name) in expected {
            #expect(code(keyCode) == name)
        }
        #expect(code(KEY_B2) == nil)
        #expect(code(KEY_MOUSE) == nil)
    }

    @Test func extendedKeysCarryXtermModifiers() {
        #expect(code(KEY_MAX + 1, "kUP5") == "C-up")
        #expect(code(KEY_MAX + 2, "kDC3") == "M-del")
        #expect(code(KEY_MAX + 3, "kRIT6") == "C-S-right")
        #expect(code(KEY_MAX + 4, "kHOM8") == "C-M-S-home")
        #expect(code(KEY_MAX + 5, "kDN") == "S-down")
        #expect(code(KEY_MAX + 6, "kpADD") == "+")
        #expect(code(KEY_MAX + 7, "kxIN") == nil)
        #expect(code(KEY_MAX + 8, nil) == nil)
    }

    @Test func enterTabEscapeAndBackspaceCharacters() {
        #expect(character(13) == "enter")
        #expect(character(10) == "enter")
        #expect(character(9) == "tab")
        #expect(character(27) == "esc")
        #expect(character(127) == "backspace")
        #expect(character(8) == "backspace")
    }

    @Test func controlCharactersAreControlChords() {
        #expect(character(1) == "C-a")
        #expect(character(24) == "C-x")
        #expect(character(26) == "C-z")
        #expect(character(0) == "C-space")
        #expect(character(0x1C) == "C-\\")
        #expect(character(0x1D) == "C-]")
        #expect(character(0x1F) == "C-_")
    }

    @Test func printableCharactersIncludingNonASCII() {
        #expect(CursesKeys.chord(character: 0x61) == KeyChord("a"))
        #expect(CursesKeys.chord(character: 0x5A) == KeyChord("Z"))
        #expect(CursesKeys.chord(character: 0x20) == KeyChord(" "))
        #expect(CursesKeys.chord(character: 0xE9) == KeyChord("é"))
        #expect(CursesKeys.chord(character: 0x20AC) == KeyChord("€"))
        #expect(CursesKeys.chord(character: 0x4E2D) == KeyChord("中"))
    }

    @Test func nonKeysAreDropped() {
        #expect(character(0x85) == nil)
        #expect(character(0xD800) == nil)
        #expect(character(0x110000) == nil)
    }

    @Test func applicationKeypadSequences() {
        #expect(CursesKeys.ss3Key(final: 0x70) == KeyChord("0"))
        #expect(CursesKeys.ss3Key(final: 0x79) == KeyChord("9"))
        #expect(CursesKeys.ss3Key(final: 0x6B) == KeyChord("+"))
        #expect(CursesKeys.ss3Key(final: 0x4D) == KeyChord(.keypadEnter))
        #expect(CursesKeys.ss3Key(final: 0x50) == KeyChord(.function(1)))
        #expect(CursesKeys.ss3Key(final: 0x53) == KeyChord(.function(4)))
        #expect(CursesKeys.ss3Key(final: 0x5A) == nil)
    }
}
