public import TermUI

/// How to open the curses terminal; the defaults drive the process's own terminal.
///
/// Tests and benchmarks point input and output elsewhere and fix the size:
///
/// ```swift
/// let backend = try CursesBackend(options: CursesOptions(
///     terminalType: "xterm-256color", input: .path("/dev/null"), output: .path("/dev/null"),
///     size: Size(width: 80, height: 24)))
/// ```
public struct CursesOptions: Sendable, Hashable {
    /// The terminfo type to drive; nil reads `TERM`.
    public var terminalType: String?
    /// Where keys come from.
    public var input: CursesStream
    /// Where the screen is written.
    public var output: CursesStream
    /// A fixed screen size for output that is not a terminal; nil asks the terminal.
    public var size: Size?
    /// How long a lone Esc waits for the rest of a key sequence (ncurses defaults to a full second).
    public var escapeDelay: Duration
    /// Whether SIGINT, SIGTERM, SIGHUP, SIGQUIT and crash signals restore the terminal first.
    public var restoresOnSignals: Bool

    public init(
        terminalType: String? = nil,
        input: CursesStream = .standard,
        output: CursesStream = .standard,
        size: Size? = nil,
        escapeDelay: Duration = .milliseconds(25),
        restoresOnSignals: Bool = true
    ) {
        self.terminalType = terminalType
        self.input = input
        self.output = output
        self.size = size
        self.escapeDelay = escapeDelay
        self.restoresOnSignals = restoresOnSignals
    }
}

/// One side of the terminal connection, so output can go to a file whose bytes a benchmark counts.
public enum CursesStream: Sendable, Hashable {
    /// Standard input for keys, standard output for the screen.
    case standard
    /// A device or file opened by the session and closed with it (`/dev/null`, a temp file, a tty).
    case path(String)
    /// An open descriptor (a pipe, a pty); the session works on a duplicate and leaves this one open.
    case fileDescriptor(Int32)
}
