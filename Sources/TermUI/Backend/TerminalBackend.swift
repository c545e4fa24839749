/// What the runtime needs from a terminal, so screens and the render loop run the same against
/// ncurses and against ``BufferBackend`` in tests.
///
/// The loop owns one backend on one thread: it reads events, renders a frame into a ``Buffer``,
/// hands the changed runs to ``draw(_:)``, places the cursor and flushes. ``Terminal`` does the
/// frame bookkeeping.
public protocol TerminalBackend {
    /// The terminal's current size in columns and rows.
    var size: Size { get }

    /// Queues changed cells for the next flush. Continuation cells (the right half of a wide
    /// character) are to be skipped: the wide cell before them covers both columns.
    mutating func draw(_ runs: [CellRun])

    /// Shows the cursor at `position` after the next flush, or hides it when nil.
    mutating func setCursor(_ position: Position?)

    /// Blanks the whole screen at the next flush (after a resize, or Ctrl-L).
    mutating func clear()

    /// Makes everything queued visible.
    mutating func flush() throws(TerminalError)

    /// Rings the terminal's bell (or flashes it where it has no bell).
    mutating func beep()

    /// The next key press or resize, waiting at most `timeout`; nil when nothing came.
    mutating func readEvent(timeout: Duration) throws(TerminalError) -> InputEvent?
}
