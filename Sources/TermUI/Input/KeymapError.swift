/// What is wrong with a keymap entry, naming file, line, context and key.
public enum KeymapError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The chord text could not be read.
    case invalidChord(String, reason: KeyChord.ParseError, context: String, at: SourceLocation)
    /// The action name is not one the app defines.
    case unknownAction(String, chord: String, context: String, at: SourceLocation)
    /// The same chord (perhaps spelt differently, `pgdn` and `PageDown`) is bound twice in one context.
    case duplicateBinding(String, context: String, at: SourceLocation, firstAt: SourceLocation)

    /// Where the offending entry is.
    public var location: SourceLocation {
        switch self {
        case .invalidChord(_, _, _, let location), .unknownAction(_, _, _, let location),
            .duplicateBinding(_, _, let location, _):
            location
        }
    }

    /// The chord text of the offending entry, as the file wrote it.
    public var key: String {
        switch self {
        case .invalidChord(let chord, _, _, _), .unknownAction(_, let chord, _, _),
            .duplicateBinding(let chord, _, _, _):
            chord
        }
    }

    public var description: String {
        switch self {
        case .invalidChord(let chord, let reason, let context, let location):
            "\(location): [\(context)] \"\(chord)\": \(reason)"
        case .unknownAction(let action, let chord, let context, let location):
            "\(location): [\(context)] \"\(chord)\": unknown action \"\(action)\""
        case .duplicateBinding(let chord, let context, let location, let first):
            "\(location): [\(context)] \"\(chord)\": already bound at line \(first.line)"
                + (first.file == location.file ? "" : " of \(first.file)")
        }
    }
}
