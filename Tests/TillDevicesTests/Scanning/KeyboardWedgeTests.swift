import TermUI
import Testing
import TillDevices

@Suite struct KeyboardWedgeTests {
    let start = ContinuousClock.now

    /// Feeds `text` (then `ending`) one key every `gap` milliseconds from `at` ms, collecting what settles.
    func type(_ text: String, ending: KeyChord? = KeyChord(.enter), gap: Int, from at: Int = 0,
              into wedge: inout KeyboardWedge) -> [KeyboardWedge.Output] {
        var keys = text.map { KeyChord(.character($0)) }
        if let ending { keys.append(ending) }
        var settled: [KeyboardWedge.Output] = []
        for (index, key) in keys.enumerated() {
            settled += wedge.feed(key, at: start + .milliseconds(at + index * gap))
        }
        return settled
    }

    func typed(_ text: String) -> [KeyboardWedge.Output] {
        text.map { .key(KeyChord(.character($0))) }
    }

    @Test func aFastBurstEndingInEnterIsAScanAndNothingIsTyped() {
        var wedge = KeyboardWedge(mode: .standardTiming)
        // A scanner sends a key every 8 ms
        let settled = type("4006381333931", gap: 8, into: &wedge)
        #expect(settled == [.scan(ScanEvent(text: "4006381333931", source: .keyboard))])
        #expect(wedge.deadline == nil)
    }

    @Test func typingIsHandedOnOnlyTheGapLateAndEnterStaysAKey() {
        var wedge = KeyboardWedge(mode: .standardTiming)
        // A person types 3*201 and Enter, 120 ms apart
        let settled = type("3*201", gap: 120, into: &wedge)
        #expect(settled == typed("3*201") + [.key(KeyChord(.enter))])
        // A key held is released once its gap has passed with nothing after it
        #expect(wedge.feed(KeyChord(.character("7")), at: start + .seconds(5)).isEmpty)
        #expect(wedge.deadline == start + .seconds(5) + .milliseconds(50))
        #expect(wedge.release(at: start + .seconds(5) + .milliseconds(40)).isEmpty)
        #expect(wedge.release(at: start + .seconds(5) + .milliseconds(51)) == typed("7"))
        #expect(wedge.deadline == nil)
    }

    @Test func aShortBurstOrASlowKeyInsideOneIsTyping() {
        var wedge = KeyboardWedge(mode: .standardTiming)
        // Three fast keys and Enter are too short for a scan
        #expect(type("123", gap: 5, into: &wedge) == typed("123") + [.key(KeyChord(.enter))])
        // A pause in the middle splits it: the first part is typing, the rest too short
        var settled = type("40", ending: nil, gap: 8, from: 1_000, into: &wedge)
        settled += type("06", gap: 8, from: 1_200, into: &wedge)
        #expect(settled == typed("4006") + [.key(KeyChord(.enter))])
    }

    @Test func aNamedKeyInABurstEndsItAsTyping() {
        var wedge = KeyboardWedge(mode: .standardTiming)
        var settled = type("4006", ending: nil, gap: 8, into: &wedge)
        settled += wedge.feed(KeyChord(.function(2)), at: start + .milliseconds(40))
        #expect(settled == typed("4006") + [.key(KeyChord(.function(2)))])
    }

    @Test func gs1SeparatorsAndTabTerminatorsAreKept() {
        var wedge = KeyboardWedge(mode: .standardTiming)
        var settled = type("]C11012", ending: nil, gap: 8, into: &wedge)
        settled += wedge.feed(KeyChord(.character("]"), modifiers: .control), at: start + .milliseconds(60))
        settled += type("21AB", ending: KeyChord(.tab), gap: 8, from: 68, into: &wedge)
        #expect(settled == [.scan(ScanEvent(text: "]C11012\u{1D}21AB", source: .keyboard))])
    }

    @Test func aPrefixMarksAScanWhateverItsPaceAndTypingPassesStraightThrough() {
        var wedge = KeyboardWedge(mode: .prefix(KeyChord(.character("b"), modifiers: .control)))
        // Typing is passed on at once, not held
        #expect(type("12", ending: nil, gap: 200, into: &wedge) == typed("12"))
        #expect(wedge.deadline == nil)
        // Over SSH a prefixed scan may arrive in bursts with pauses
        var settled = wedge.feed(KeyChord(.character("b"), modifiers: .control), at: start + .seconds(1))
        settled += type("5901234", ending: nil, gap: 2, from: 1_001, into: &wedge)
        settled += type("123457", gap: 2, from: 1_400, into: &wedge)
        #expect(settled == [.scan(ScanEvent(text: "5901234123457", source: .keyboard))])
        // Even a short code counts when prefixed
        settled = wedge.feed(KeyChord(.character("b"), modifiers: .control), at: start + .seconds(3))
        settled += type("42", gap: 2, from: 3_001, into: &wedge)
        #expect(settled == [.scan(ScanEvent(text: "42", source: .keyboard))])
    }

    @Test func aPrefixWithNothingAfterItIsHandedBackAsTheKeyItIs() {
        let prefix = KeyChord(.character("b"), modifiers: .control)
        var wedge = KeyboardWedge(mode: .prefix(prefix))
        var settled = wedge.feed(prefix, at: start)
        settled += wedge.feed(KeyChord(.character("9")), at: start + .milliseconds(10))
        #expect(settled.isEmpty)
        #expect(wedge.release(at: start + .milliseconds(1_011)) == [.key(prefix)] + typed("9"))
    }

    @Test func offPassesEveryKeyOn() {
        var wedge = KeyboardWedge(mode: .off)
        #expect(type("4006381333931", gap: 1, into: &wedge) == typed("4006381333931") + [.key(KeyChord(.enter))])
    }
}
