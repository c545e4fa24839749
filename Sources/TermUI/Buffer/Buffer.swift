/// A frame of cells that screens and widgets draw into, so nothing touches the terminal until the
/// runtime diffs the whole frame and flushes only what changed.
///
/// Cells are stored row-major in one flat array. Writing keeps wide characters whole: text is clipped
/// at the edge it is given, a wide character that would straddle that edge is replaced by a blank, and
/// overwriting either half of a wide character blanks the other half.
///
/// ```swift
/// var buffer = Buffer(width: 20, height: 2)
/// buffer.write("Total", x: 0, y: 0, style: theme.style("cart.total"))
/// ```
public struct Buffer: Sendable, Hashable {
    public private(set) var width: Int
    public private(set) var height: Int
    /// All cells, row by row: the cell at (x, y) is `cells[y * width + x]`.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown after this frame is flushed; nil hides it.
    public var cursor: Position?

    public init(width: Int, height: Int, filling cell: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        let fill = cell.width == 1 ? cell : Cell(" ", style: cell.style)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public init(size: Size, filling cell: Cell = .blank) {
        self.init(width: size.width, height: size.height, filling: cell)
    }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    public var size: Size { Size(width: width, height: height) }

    /// The cell at column `x`, row `y`, or nil outside the buffer.
    public func cell(x: Int, y: Int) -> Cell? {
        guard x >= 0, x < width, y >= 0, y < height else { return nil }
        return cells[y * width + x]
    }

    /// Puts `cell` at (x, y); a wide cell that would not fit at the right edge becomes a blank.
    public mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        if cell.width == 2 && x + 1 >= width {
            place(.space, width: 1, style: cell.style, x: x, y: y)
        } else {
            place(cell.grapheme, width: Int(max(1, cell.width)), style: cell.style, x: x, y: y)
        }
    }

    /// Writes `text` on row `y` from column `x`, clipped to `clip` (the whole buffer by default).
    ///
    /// Text never wraps: what does not fit is dropped. Control characters and lone combining marks
    /// are not drawn. A wide character that would straddle the clip edge leaves a blank instead.
    ///
    /// - Returns: The column after the last one written, for writing more text after it.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        writeText(text, x: x, y: y, style: style, clip: clip)
    }

    /// Writes part of a string, exactly as the `String` overload does.
    @discardableResult
    public mutating func write(_ text: Substring, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        writeText(text, x: x, y: y, style: style, clip: clip)
    }

    /// The one implementation behind both `write` overloads, specialised for each inside the module.
    private mutating func writeText<Text: StringProtocol>(
        _ text: Text, x: Int, y: Int, style: Style, clip: Rect?
    ) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard y >= bounds.minY, y < bounds.maxY else { return x }
        var column = x
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            let grapheme: PackedGrapheme
            let characterWidth: Int
            if byte < 0x80 && (next == utf8.endIndex || utf8[next] < 0x80) {
                grapheme = PackedGrapheme(ascii: byte)
                characterWidth = byte >= 0x20 && byte < 0x7F ? 1 : 0
                index = next
            } else {
                let character = text[index]
                grapheme = PackedGrapheme(character)
                characterWidth = DisplayWidth.of(character)
                index = text.index(after: index)
            }
            if characterWidth == 0 { continue }
            if column >= bounds.maxX { break }
            if column + characterWidth > bounds.maxX {
                for blank in max(column, bounds.minX)..<bounds.maxX {
                    place(.space, width: 1, style: style, x: blank, y: y)
                }
                return bounds.maxX
            }
            if column < bounds.minX {
                if column + characterWidth > bounds.minX {
                    place(.space, width: 1, style: style, x: bounds.minX, y: y)
                }
                column += characterWidth
                continue
            }
            place(grapheme, width: characterWidth, style: style, x: column, y: y)
            column += characterWidth
        }
        return column
    }

    /// Fills `rect` (clipped to the buffer) with copies of `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        for y in target.minY..<target.maxY {
            var x = target.minX
            while x < target.maxX {
                if cell.width == 2 && x + 1 >= target.maxX {
                    place(.space, width: 1, style: cell.style, x: x, y: y)
                    x += 1
                } else {
                    place(cell.grapheme, width: Int(max(1, cell.width)), style: cell.style, x: x, y: y)
                    x += Int(max(1, cell.width))
                }
            }
        }
    }

    /// Changes the style of every cell in `rect` and keeps what is drawn there.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        for y in target.minY..<target.maxY {
            let row = y * width
            for x in target.minX..<target.maxX {
                cells[row + x].style = style
            }
        }
    }

    /// Adds `attributes` to the style of every cell in `rect` (a cursor or a highlighted span).
    public mutating func addAttributes(_ attributes: TextAttributes, in rect: Rect) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        for y in target.minY..<target.maxY {
            let row = y * width
            for x in target.minX..<target.maxX {
                cells[row + x].style.attributes.formUnion(attributes)
            }
        }
    }

    /// Blanks the whole buffer and hides the cursor, keeping the size.
    public mutating func clear() {
        for index in cells.indices {
            cells[index] = .blank
        }
        cursor = nil
    }

    /// Gives the buffer a new size, blank; a terminal resize repaints everything anyway.
    public mutating func resize(to size: Size) {
        self = Buffer(size: size)
    }

    /// Stores one character at (x, y), already known to fit, and blanks any wide character it cuts.
    private mutating func place(_ grapheme: PackedGrapheme, width symbolWidth: Int, style: Style, x: Int, y: Int) {
        let index = y * width + x
        let old = cells[index].width
        if old == 0 && x > 0 {
            cells[index - 1] = Cell(grapheme: .space, style: cells[index - 1].style, width: 1)
        } else if old == 2 && symbolWidth == 1 && x + 1 < width {
            cells[index + 1] = Cell(grapheme: .space, style: cells[index + 1].style, width: 1)
        }
        cells[index] = Cell(grapheme: grapheme, style: style, width: UInt8(symbolWidth))
        guard symbolWidth == 2 else { return }
        if cells[index + 1].width == 2 && x + 2 < width {
            cells[index + 2] = Cell(grapheme: .space, style: cells[index + 2].style, width: 1)
        }
        cells[index + 1] = .continuation(style: style)
    }
}
