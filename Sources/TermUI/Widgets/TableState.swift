/// Which row of a ``Table`` is selected and how far it is scrolled, kept by the screen between frames.
public struct TableState: Sendable, Hashable {
    public var selected: Int?
    /// The first visible row.
    public var offset: Int

    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the selection by `delta` rows (negative is up), staying within `rowCount` rows.
    public mutating func move(by delta: Int, rowCount: Int) {
        guard rowCount > 0 else {
            selected = nil
            return
        }
        selected = min(rowCount - 1, max(0, (selected ?? (delta > 0 ? -1 : rowCount)) + delta))
    }

    /// Keeps the offset inside the rows and the selection inside the visible window.
    mutating func clamp(rowCount: Int, visibleRows: Int) {
        if let selected, selected >= rowCount {
            self.selected = rowCount > 0 ? rowCount - 1 : nil
        }
        offset = min(offset, max(0, rowCount - visibleRows))
        guard let selected, visibleRows > 0 else { return }
        if selected < offset {
            offset = selected
        } else if selected >= offset + visibleRows {
            offset = selected - visibleRows + 1
        }
        offset = max(0, offset)
    }
}
