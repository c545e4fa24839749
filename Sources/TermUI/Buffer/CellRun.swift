/// A stretch of changed cells on one row, the unit a backend writes to the terminal.
///
/// `cells` is a slice of the new frame's storage, not a copy, so its indices are the frame's: use
/// `enumerated()` for column offsets from `x`. A wide character's continuation cell may be part of
/// the run; backends skip continuations, as the cell before already covered them.
public struct CellRun: Sendable, Hashable {
    /// Column of the first cell.
    public var x: Int
    public var y: Int
    public var cells: ArraySlice<Cell>

    public init(x: Int, y: Int, cells: ArraySlice<Cell>) {
        self.x = x
        self.y = y
        self.cells = cells
    }

    /// The run as text, continuations left out.
    public var text: String {
        String(cells.lazy.filter { !$0.isContinuation }.map(\.symbol))
    }
}
