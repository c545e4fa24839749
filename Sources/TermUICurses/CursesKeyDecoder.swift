import TermUI

/// Joins what ncurses delivers one piece at a time into chords: Esc followed at once by a key is
/// Alt-key, and escape sequences ncurses did not recognise are dropped instead of typing junk.
///
/// The reader feeds each `wget_wch` result; after ``Step/needMore`` it reads again without waiting and
/// feeds that result, or nil when nothing was there.
struct CursesKeyDecoder: Sendable {
    /// What the decoder made of the input so far.
    enum Step: Sendable, Hashable {
        case key(KeyChord)
        /// Read again without waiting and feed the result.
        case needMore
        /// Nothing to report: no input, or a sequence that means no key.
        case ignored
    }

    private enum State: Sendable, Hashable {
        case ready
        case escape
        case controlSequenceStart
        case controlSequence(length: Int)
        case singleShift
    }

    /// Longest unknown control sequence swallowed before giving up on it.
    static let longestSequence = 32

    private var state = State.ready

    /// Whether a sequence is half read.
    var isPending: Bool { state != .ready }

    mutating func feed(_ input: CursesInput?) -> Step {
        switch state {
        case .ready:
            return start(input)
        case .escape:
            state = .ready
            switch input {
            case nil: return .key(KeyChord(.escape))
            case .character(0x5B): state = .controlSequenceStart; return .needMore
            case .character(0x4F): state = .singleShift; return .needMore
            case .character(let value):
                return CursesKeys.chord(character: value).map { .key(CursesKeys.meta($0)) } ?? .ignored
            case .keyCode(let code, let name):
                return CursesKeys.chord(keyCode: code, name: name).map { .key(CursesKeys.meta($0)) } ?? .ignored
            }
        case .controlSequenceStart:
            state = .ready
            switch input {
            case nil: return .key(KeyChord(.character("["), modifiers: .meta))
            case .character(let value) where (0x20...0x3F).contains(value):
                state = .controlSequence(length: 1)
                return .needMore
            default: return .ignored
            }
        case .controlSequence(let length):
            state = .ready
            if case .character(let value) = input, (0x20...0x3F).contains(value), length < Self.longestSequence {
                state = .controlSequence(length: length + 1)
                return .needMore
            }
            return .ignored
        case .singleShift:
            state = .ready
            switch input {
            case nil: return .key(KeyChord(.character("O"), modifiers: .meta))
            case .character(let value): return CursesKeys.ss3Key(final: value).map(Step.key) ?? .ignored
            case .keyCode: return .ignored
            }
        }
    }

    private mutating func start(_ input: CursesInput?) -> Step {
        switch input {
        case nil:
            return .ignored
        case .character(0x1B):
            state = .escape
            return .needMore
        case .character(let value):
            return CursesKeys.chord(character: value).map(Step.key) ?? .ignored
        case .keyCode(let code, let name):
            return CursesKeys.chord(keyCode: code, name: name).map(Step.key) ?? .ignored
        }
    }
}
