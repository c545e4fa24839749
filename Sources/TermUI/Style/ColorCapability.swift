/// How many colours the terminal can show, so themes degrade to what is there.
public enum ColorCapability: Sendable, Hashable, Comparable, CaseIterable {
    /// No colour: attributes only (`TERM=linux` fallbacks, `NO_COLOR`).
    case mono
    /// The eight ANSI colours.
    case ansi8
    /// The eight ANSI colours and their bright variants.
    case ansi16
    /// The xterm 256-colour palette.
    case xterm256

    /// The capability for a terminal reporting `colors` colours (ncurses `COLORS`).
    public init(colorCount colors: Int) {
        switch colors {
        case 256...: self = .xterm256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .mono
        }
    }

    /// The number of palette entries usable at this capability.
    public var colorCount: Int {
        switch self {
        case .mono: 0
        case .ansi8: 8
        case .ansi16: 16
        case .xterm256: 256
        }
    }
}
