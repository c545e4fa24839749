/// The render loop's frame bookkeeping: keeps the last frame, diffs each new one against it and
/// sends only the changes to the backend (ratatui's `Terminal`).
///
/// ```swift
/// var terminal = Terminal(backend: backend)
/// try terminal.draw { buffer in screen.render(into: &buffer, area: buffer.area, theme: theme) }
/// ```
public struct Terminal<Backend: TerminalBackend> {
    public private(set) var backend: Backend
    /// The frame the terminal shows now, as of the last flush.
    public private(set) var current: Buffer

    public init(backend: Backend) {
        self.backend = backend
        self.current = Buffer(width: 0, height: 0)
    }

    /// Renders a whole frame at the backend's size and flushes what changed since the last one.
    ///
    /// After a size change (or ``invalidate()``) the screen is cleared first and every non-blank
    /// cell is written.
    ///
    /// - Returns: The number of cells sent to the backend.
    @discardableResult
    public mutating func draw(_ render: (inout Buffer) -> Void) throws(TerminalError) -> Int {
        let size = backend.size
        if current.size != size {
            backend.clear()
            current = Buffer(size: size)
        }
        var frame = Buffer(size: size)
        render(&frame)
        let runs = frame.diff(from: current)
        backend.draw(runs)
        backend.setCursor(frame.cursor)
        try backend.flush()
        current = frame
        return runs.reduce(0) { $0 + $1.cells.count }
    }

    /// Forgets what the screen shows, so the next frame is drawn in full (Ctrl-L, after a resize).
    public mutating func invalidate() {
        current = Buffer(width: 0, height: 0)
    }

    /// Gives mutable access to the backend, for reading events and backend-specific calls.
    public mutating func withBackend<Result, Failure: Error>(_ body: (inout Backend) throws(Failure) -> Result)
        throws(Failure) -> Result
    {
        try body(&backend)
    }
}

extension Terminal: Sendable where Backend: Sendable {}
