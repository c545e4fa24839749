/// A terminal that is only a buffer, so screens and the render loop can be tested without a tty
/// (ratatui's `TestBackend`).
///
/// Drawn runs become visible on ``flush()``, as on a real terminal. Tests queue input with
/// ``send(_:)`` and read the screen back as text with ``lines`` or ``trimmedLines``.
///
/// ```swift
/// var backend = BufferBackend(width: 40, height: 3)
/// backend.send(try KeyChord(parsing: "F2"))
/// #expect(backend.trimmedLines == ["Total 12.50", "", "F2 Pay"])
/// ```
public struct BufferBackend: TerminalBackend, Sendable {
    /// What the screen shows as of the last flush.
    public private(set) var screen: Buffer
    /// Where the cursor is shown as of the last flush; nil when hidden.
    public private(set) var cursor: Position?
    /// The cells written by the last flush, in order, continuations left out.
    public private(set) var lastWrites: [Position] = []
    /// How many times ``flush()`` ran.
    public private(set) var flushCount = 0
    /// How many times ``beep()`` rang.
    public private(set) var beeps = 0
    /// Events ``readEvent(timeout:)`` will return, oldest first.
    public var events: [InputEvent] = []

    private var pendingRuns: [CellRun] = []
    private var pendingCursor: Position?
    private var pendingClear = false

    public init(width: Int, height: Int) {
        screen = Buffer(width: width, height: height)
    }

    public var size: Size { screen.size }

    /// The screen as text, each row `width` columns with trailing spaces kept.
    public var lines: [String] { screen.lines }
    /// The screen as text with trailing spaces removed from each row.
    public var trimmedLines: [String] { screen.trimmedLines }

    public mutating func draw(_ runs: [CellRun]) {
        pendingRuns.append(contentsOf: runs)
    }

    public mutating func setCursor(_ position: Position?) {
        pendingCursor = position
    }

    public mutating func beep() {
        beeps += 1
    }

    public mutating func clear() {
        pendingClear = true
        pendingRuns.removeAll()
    }

    public mutating func flush() throws(TerminalError) {
        if pendingClear {
            screen.clear()
            pendingClear = false
        }
        lastWrites.removeAll()
        for run in pendingRuns {
            for (offset, cell) in run.cells.enumerated() where !cell.isContinuation {
                screen.set(cell, x: run.x + offset, y: run.y)
                lastWrites.append(Position(x: run.x + offset, y: run.y))
            }
        }
        pendingRuns.removeAll()
        cursor = pendingCursor
        flushCount += 1
    }

    public mutating func readEvent(timeout: Duration) throws(TerminalError) -> InputEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    /// Queues a key press for ``readEvent(timeout:)``.
    public mutating func send(_ chord: KeyChord) {
        events.append(.key(chord))
    }

    /// Changes the screen size, blanking it, and queues the resize event a terminal would send.
    public mutating func resize(to size: Size) {
        screen = Buffer(size: size)
        cursor = nil
        events.append(.resize(size))
    }
}
