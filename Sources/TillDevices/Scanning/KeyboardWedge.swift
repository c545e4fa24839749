public import TermUI

/// Tells a keyboard-wedge scanner's keys from a person's typing, so a scan never lands in the
/// field that has focus.
///
/// With a prefix, the scanner announces each scan by a key nobody types (a control key such as
/// `C-b`, which STX arrives as) and the scan runs to its terminator; this works over SSH and tmux.
/// By timing, printable keys are held back for `maximumGap` while more follow: at least
/// `minimumLength` characters, each within `maximumGap` of the last and ending in Enter or Tab, are a
/// scan; anything slower is handed on as typed, only `maximumGap` late. SSH and tmux deliver keys in
/// bursts, so timing alone can take fast typing or a paste for a scan there.
public struct KeyboardWedge: Sendable {
    /// How scans are told apart.
    public enum Mode: Hashable, Sendable {
        /// Every key is typing: a scan types into the focused field.
        case off
        /// A scan starts with `prefix` and ends at the terminator.
        case prefix(KeyChord)
        /// A scan is a fast burst ending at the terminator.
        case timing(maximumGap: Duration, minimumLength: Int)

        /// The usual timing: scanners send a key every 8–16 ms; people rarely type 4 keys 50 ms apart.
        public static let standardTiming = Mode.timing(maximumGap: .milliseconds(50), minimumLength: 4)
    }

    /// What a key turned out to be.
    public enum Output: Hashable, Sendable {
        case key(KeyChord)
        case scan(ScanEvent)
    }

    /// How long a prefixed scan may pause between keys before it counts as typing after all.
    public static let prefixPatience = Duration.milliseconds(1_000)

    public let mode: Mode
    private var held: [KeyChord] = []
    private var prefixed = false
    private var lastKeyAt: ContinuousClock.Instant?

    public init(mode: Mode) {
        self.mode = mode
    }

    /// When ``release(at:)`` must be called if no key comes first, or nil while nothing is held.
    public var deadline: ContinuousClock.Instant? {
        guard let lastKeyAt, prefixed || !held.isEmpty else { return nil }
        return lastKeyAt + patience
    }

    /// Takes a key read at `time`; returns what is settled: typed keys to pass on, or a whole scan.
    public mutating func feed(_ chord: KeyChord, at time: ContinuousClock.Instant) -> [Output] {
        var settled = release(at: time)
        switch mode {
        case .off:
            settled.append(.key(chord))
        case .prefix(let prefix):
            if chord == prefix && !prefixed {
                prefixed = true
                lastKeyAt = time
            } else if prefixed {
                settled += take(chord, at: time)
            } else {
                settled.append(.key(chord))
            }
        case .timing:
            settled += take(chord, at: time)
        }
        return settled
    }

    /// Hands on what was held when its time ran out by `time`: typed keys, not a scan. A lone prefix
    /// is passed on too, so its own binding still works.
    public mutating func release(at time: ContinuousClock.Instant) -> [Output] {
        guard let deadline, time > deadline else { return [] }
        return flush()
    }

    /// Holds a key of a possible scan, or ends the scan at a terminator.
    private mutating func take(_ chord: KeyChord, at time: ContinuousClock.Instant) -> [Output] {
        if Self.isTerminator(chord) {
            let text = String(held.compactMap(Self.character))
            guard !held.isEmpty, prefixed || text.count >= minimumLength else { return flush() + [.key(chord)] }
            reset()
            return [.scan(ScanEvent(text: text, source: .keyboard))]
        }
        guard Self.character(chord) != nil else { return flush() + [.key(chord)] }
        held.append(chord)
        lastKeyAt = time
        return []
    }

    /// Everything held, as typed keys.
    private mutating func flush() -> [Output] {
        var keys = held.map(Output.key)
        if prefixed, case .prefix(let prefix) = mode { keys.insert(.key(prefix), at: 0) }
        reset()
        return keys
    }

    private mutating func reset() {
        held = []
        prefixed = false
        lastKeyAt = nil
    }

    private var patience: Duration {
        switch mode {
        case .timing(let gap, _) where !prefixed: gap
        default: Self.prefixPatience
        }
    }

    private var minimumLength: Int {
        if case .timing(_, let length) = mode { return length }
        return 1
    }

    /// Enter, keypad Enter and Tab end a scan.
    private static func isTerminator(_ chord: KeyChord) -> Bool {
        guard chord.modifiers.isEmpty else { return false }
        return chord.key == .enter || chord.key == .keypadEnter || chord.key == .tab
    }

    /// The character a plain key types; `C-]` is GS, which scanners send for FNC1 in GS1 codes.
    private static func character(_ chord: KeyChord) -> Character? {
        switch (chord.key, chord.modifiers) {
        case (.character(let character), []): character
        case (.character("]"), .control): "\u{1D}"
        default: nil
        }
    }
}
