import Testing
import TermUI

@Suite struct KeyChordTests {
    @Test(
        "canonical chord text round-trips",
        arguments: [
            "F2", "F12", "C-x", "M-x", "C-M-x", "enter", "esc", "kp-enter", "pgdn", "pgup", "tab", "S-tab",
            "backspace", "del", "ins", "up", "down", "left", "right", "home", "end", "a", "A", "+", "-", "C--",
            "space", "M-enter", "咖", "é",
        ])
    func roundTrip(text: String) throws {
        let chord = try KeyChord(parsing: text)
        #expect(chord.description == text)
        #expect(try KeyChord(parsing: chord.description) == chord)
    }

    @Test(
        "aliases and case variants parse to the canonical chord",
        arguments: [
            ("f2", "F2"), ("Return", "enter"), ("ESCAPE", "esc"), ("PageDown", "pgdn"), ("c-X", "C-x"),
            ("S-Tab", "S-tab"), ("M-C-x", "C-M-x"), ("A-x", "M-x"), ("Delete", "del"), ("minus", "-"),
            ("kpenter", "kp-enter"), ("bs", "backspace"),
        ])
    func aliases(text: String, canonical: String) throws {
        #expect(try KeyChord(parsing: text).description == canonical)
    }

    @Test("bad chord text is rejected with a reason")
    func errors() {
        #expect(throws: KeyChord.ParseError.empty) { try KeyChord(parsing: "") }
        #expect(throws: KeyChord.ParseError.unknownKey("pgdwn")) { try KeyChord(parsing: "pgdwn") }
        #expect(throws: KeyChord.ParseError.functionKeyOutOfRange(25)) { try KeyChord(parsing: "F25") }
        #expect(throws: KeyChord.ParseError.shiftOnCharacter("S-a")) { try KeyChord(parsing: "S-a") }
        #expect(throws: KeyChord.ParseError.repeatedModifier("C-C-x")) { try KeyChord(parsing: "C-C-x") }
    }

    @Test("raw terminal characters map to chords")
    func terminalCharacters() {
        #expect(KeyChord(terminalCharacter: "\r") == KeyChord(.enter))
        #expect(KeyChord(terminalCharacter: "\u{7F}") == KeyChord(.backspace))
        #expect(KeyChord(terminalCharacter: "\u{08}") == KeyChord(.backspace))
        #expect(KeyChord(terminalCharacter: "\u{1B}") == KeyChord(.escape))
        #expect(KeyChord(terminalCharacter: "\u{18}").description == "C-x")
        #expect(KeyChord(terminalCharacter: "q") == KeyChord("q"))
    }
}
