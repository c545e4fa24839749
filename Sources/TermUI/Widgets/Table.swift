/// Rows of text in aligned columns with a selection that scrolls into view: the cart, product
/// search results, any list.
///
/// Column widths come from ``Constraint``s; text too long for its column ends in "…". Styles:
/// `styleKey` for rows, `.header`, `.selected` for the selected row, and a row's own `styleKey`
/// (such as `"cart.line.voided"`) for that row unless it is selected.
public struct Table: Sendable, Hashable {
    /// One column: its title, how wide it is and how its text sits.
    public struct Column: Sendable, Hashable {
        public var title: String
        public var width: Constraint
        public var alignment: Alignment

        public init(_ title: String, width: Constraint = .fill(), alignment: Alignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    /// One row: a text per column and an optional style key of its own.
    public struct Row: Sendable, Hashable {
        public var cells: [String]
        public var styleKey: String?

        public init(_ cells: [String], styleKey: String? = nil) {
            self.cells = cells
            self.styleKey = styleKey
        }
    }

    public var columns: [Column]
    public var rows: [Row]
    public var showsHeader: Bool
    public var columnSpacing: Int
    public var styleKey: String

    public init(
        columns: [Column], rows: [Row], showsHeader: Bool = true, columnSpacing: Int = 1, styleKey: String = "table"
    ) {
        self.columns = columns
        self.rows = rows
        self.showsHeader = showsHeader
        self.columnSpacing = columnSpacing
        self.styleKey = styleKey
    }

    /// A one-column list without a header.
    public static func list(_ items: [String], styleKey: String = "list") -> Table {
        Table(columns: [Column("")], rows: items.map { Row([$0]) }, showsHeader: false, styleKey: styleKey)
    }

    /// The number of rows visible in `area`, below the header.
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// Draws the table and moves `state.offset` so the selected row is visible.
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme, state: inout TableState) {
        let base = theme.style(styleKey)
        buffer.fill(area, with: Cell(" ", style: base))
        guard !area.isEmpty else { return }
        let widths = Constraint.lengths(for: columns.map(\.width), total: area.width, spacing: columnSpacing)
        var y = area.y
        if showsHeader {
            let header = theme.style(styleKey + ".header")
            drawRow(columns.map(\.title), widths: widths, y: y, area: area, style: header, into: &buffer)
            y += 1
        }
        let visible = visibleRowCount(in: area)
        state.clamp(rowCount: rows.count, visibleRows: visible)
        let end = min(rows.count, state.offset + visible)
        guard state.offset < end else { return }
        for index in state.offset..<end {
            let row = rows[index]
            let style: Style
            if index == state.selected {
                style = theme.style(styleKey + ".selected")
            } else if let key = row.styleKey {
                style = theme.style(key)
            } else {
                style = base
            }
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: Cell(" ", style: style))
            drawRow(row.cells, widths: widths, y: y, area: area, style: style, into: &buffer)
            y += 1
        }
    }

    private func drawRow(
        _ texts: [String], widths: [Int], y: Int, area: Rect, style: Style, into buffer: inout Buffer
    ) {
        var x = area.x
        for (index, column) in columns.enumerated() {
            let width = widths[index]
            let text = index < texts.count ? texts[index] : ""
            let cell = Rect(x: x, y: y, width: width, height: 1).intersection(area)
            let padded = DisplayWidth.pad(text, to: width, alignment: column.alignment)
            buffer.write(padded, x: x, y: y, style: style, clip: cell)
            x += width + columnSpacing
        }
    }
}
