import CNcursesw
import TermUI
import Testing

@testable import TermUICurses

/// Joining Esc prefixes and escape sequences into chords, fed the way the reader feeds them: nil
/// stands for "nothing arrived when read again without waiting".
struct CursesKeyDecoderTests {
    /// Feeds every input in order and collects the chords that come out.
    private func decode(_ inputs: [CursesInput?]) -> [String] {
        var decoder = CursesKeyDecoder()
        var chords: [String] = []
        for input in inputs {
            if case .key(let chord) = decoder.feed(input) {
                chords.append(chord.description)
            }
        }
        #expect(!decoder.isPending)
        return chords
    }

    private func text(_ string: String) -> [CursesInput?] {
        string.unicodeScalars.map { .character($0.value) }
    }

    @Test func loneEscapeIsEscape() {
        #expect(decode([.character(27), nil]) == ["esc"])
    }

    @Test func escapeThenKeyIsAlt() {
        #expect(decode([.character(27), .character(0x78)]) == ["M-x"])
        #expect(decode([.character(27), .character(0x58)]) == ["M-X"])
        #expect(decode([.character(27), .character(24)]) == ["C-M-x"])
        #expect(decode([.character(27), .character(27)]) == ["M-esc"])
        #expect(decode([.character(27), .character(13)]) == ["M-enter"])
        #expect(decode([.character(27), .keyCode(KEY_F0 + 2, name: nil)]) == ["M-F2"])
        #expect(decode([.character(27), .keyCode(KEY_UP, name: nil)]) == ["M-up"])
    }

    @Test func unknownControlSequencesTypeNothing() {
        #expect(decode([.character(27)] + text("[1;5Z") + text("a")) == ["a"])
        #expect(decode([.character(27)] + text("[200~") + text("b")) == ["b"])
        #expect(decode([.character(27)] + text("[Z")) == [])
    }

    @Test func altBracketAndAltOStillWork() {
        #expect(decode([.character(27), .character(0x5B), nil]) == ["M-["])
        #expect(decode([.character(27), .character(0x4F), nil]) == ["M-O"])
    }

    @Test func applicationKeypadIsDecoded() {
        #expect(decode([.character(27)] + text("Op") + [.character(27)] + text("Ok") + [.character(27)] + text("OM"))
            == ["0", "+", "kp-enter"])
    }

    @Test func endlessSequenceIsCutOff() {
        let inputs = [.character(27)] + text("[" + String(repeating: "1", count: 100)) + text("q")
        #expect(decode(inputs).allSatisfy { $0 == "1" || $0 == "q" })
    }

    @Test func pastedTextArrivesInOrderWithNothingLost() {
        let pasted = "Café 中文 🙂 x2"
        #expect(decode(text(pasted)) == pasted.map { $0 == " " ? "space" : String($0) })
    }
}
