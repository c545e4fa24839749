public import TermUI

/// The real terminal, through ncurses: the ``TerminalBackend`` the `till` executable runs on.
///
/// Opening it takes over the terminal (raw keys, no echo, alternate screen); ``close()`` gives it
/// back. The terminal is also given back when the last copy of the backend goes away, on `exit`,
/// and on SIGINT, SIGTERM, SIGHUP, SIGQUIT or a crash. One backend can be open at a time.
///
/// ```swift
/// let backend = try CursesBackend()
/// defer { backend.close() }
/// var terminal = Terminal(backend: backend)
/// while running {
///     try terminal.draw { buffer in screen.render(into: &buffer, area: buffer.area, theme: theme) }
///     switch try terminal.withBackend({ try $0.readEvent(timeout: .milliseconds(50)) }) { … }
/// }
/// ```
public struct CursesBackend: TerminalBackend {
    private let session: CursesSession
    private var cursor: Position?

    /// Opens the terminal the options name; by default the process's own, as `TERM` describes it.
    public init(options: CursesOptions = CursesOptions()) throws(CursesError) {
        session = try CursesSession(options: options)
    }

    public var size: Size { session.size }

    /// How many colours the terminal shows, for choosing a theme (the mono theme below 8).
    public var colorCapability: ColorCapability { session.colors.capability }

    /// Bytes sent to the output since opening, when the output is a file (for benchmarks); nil on a
    /// terminal or a pipe.
    public var outputByteCount: Int? { session.outputByteCount }

    public mutating func draw(_ runs: [CellRun]) {
        session.draw(runs)
    }

    public mutating func setCursor(_ position: Position?) {
        cursor = position
    }

    public mutating func clear() {
        session.clear()
    }

    public mutating func beep() {
        session.beep()
    }

    public mutating func flush() throws(TerminalError) {
        do {
            try session.flush(cursor: cursor)
        } catch {
            throw error.terminalError
        }
    }

    /// The next key or resize; throws once the input is closed (end of file, hang-up), so a loop
    /// reading a dead terminal stops instead of spinning.
    public mutating func readEvent(timeout: Duration) throws(TerminalError) -> InputEvent? {
        guard session.isOpen else { throw CursesError.closed.terminalError }
        do {
            return try session.reader.next(from: session, timeout: timeout)
        } catch {
            throw error.terminalError
        }
    }

    /// Gives the terminal back as it was; later calls do nothing, and drawing or reading after it
    /// fails with ``CursesError/closed``.
    public func close() {
        session.close()
    }
}

@available(*, unavailable, message: "ncurses is not thread-safe: keep the backend on the UI thread")
extension CursesBackend: Sendable {}
