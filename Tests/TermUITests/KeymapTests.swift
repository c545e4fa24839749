import Testing
import TermUI

@Suite struct KeymapTests {
    let actions: Set<String> = ["help", "quit", "pay", "void-line", "back", "scroll-down"]
    let file = "keymaps/default.toml"

    func entry(_ context: String, _ chord: String, _ action: String, line: Int) -> Keymap.Entry {
        Keymap.Entry(context: context, chord: chord, action: action, location: SourceLocation(file: file, line: line))
    }

    func sample() throws -> Keymap {
        try Keymap(
            entries: [
                entry("global", "F1", "help", line: 3),
                entry("global", "F10", "quit", line: 4),
                entry("global", "esc", "quit", line: 5),
                entry("sale", "F2", "pay", line: 8),
                entry("sale", "del", "void-line", line: 9),
                entry("sale", "esc", "back", line: 10),
                entry("sale", "pagedown", "scroll-down", line: 11),
            ], knownActions: actions)
    }

    @Test("a context's own binding wins, the global table is the fallback")
    func lookup() throws {
        let keymap = try sample()
        #expect(keymap.action(for: KeyChord(.function(2)), in: "sale") == "pay")
        #expect(keymap.action(for: KeyChord(.escape), in: "sale") == "back")
        #expect(keymap.action(for: KeyChord(.escape), in: "payment") == "quit")
        #expect(keymap.action(for: KeyChord(.function(1)), in: "sale") == "help")
        #expect(keymap.action(for: KeyChord(.pageDown), in: "sale") == "scroll-down")
        #expect(keymap.action(for: KeyChord(.function(2)), in: "payment") == nil)
        #expect(keymap.contexts == ["global", "sale"])
    }

    @Test("the inverse lookup finds chords for hint bars, skipping shadowed global ones")
    func inverse() throws {
        let keymap = try sample()
        #expect(keymap.chords(for: "pay", in: "sale").map(\.description) == ["F2"])
        #expect(keymap.chords(for: "quit", in: "sale").map(\.description) == ["F10"])
        #expect(keymap.chords(for: "quit", in: "payment").map(\.description) == ["F10", "esc"])
        #expect(keymap.bindings(in: "sale").map(\.action) == ["pay", "void-line", "back", "scroll-down"])
    }

    @Test("an unknown action names file, line and key")
    func unknownAction() {
        let error = KeymapError.unknownAction(
            "paye", chord: "F2", context: "sale", at: SourceLocation(file: file, line: 8))
        #expect(throws: error) {
            try Keymap(entries: [entry("sale", "F2", "paye", line: 8)], knownActions: actions)
        }
        #expect(error.description == "keymaps/default.toml:8: [sale] \"F2\": unknown action \"paye\"")
        #expect(error.key == "F2")
        #expect(error.location.line == 8)
    }

    @Test("an unparseable chord names file, line and key")
    func invalidChord() {
        #expect(
            throws: KeymapError.invalidChord(
                "F99", reason: .functionKeyOutOfRange(99), context: "sale", at: SourceLocation(file: file, line: 12))
        ) {
            try Keymap(entries: [entry("sale", "F99", "pay", line: 12)], knownActions: actions)
        }
    }

    @Test("the same chord twice in one context is an error, even spelt differently")
    func duplicate() {
        let entries = [
            entry("sale", "pgdn", "scroll-down", line: 8),
            entry("sale", "PageDown", "pay", line: 9),
            entry("payment", "pgdn", "pay", line: 14),
        ]
        let expected = KeymapError.duplicateBinding(
            "PageDown", context: "sale", at: SourceLocation(file: file, line: 9),
            firstAt: SourceLocation(file: file, line: 8))
        #expect(throws: expected) { try Keymap(entries: entries, knownActions: actions) }
        #expect(expected.description == "keymaps/default.toml:9: [sale] \"PageDown\": already bound at line 8")
    }

    @Test("diagnose lists every error at once")
    func diagnose() {
        let errors = Keymap.diagnose(
            entries: [
                entry("sale", "F2", "pay", line: 1),
                entry("sale", "F2", "help", line: 2),
                entry("sale", "Fx", "pay", line: 3),
                entry("sale", "F3", "nope", line: 4),
            ], knownActions: actions)
        #expect(errors.map(\.location.line) == [2, 3, 4])
    }
}
