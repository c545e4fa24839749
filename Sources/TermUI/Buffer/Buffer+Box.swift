/// Drawing boxes and separators with line characters.
extension Buffer {
    /// Draws the outline of `rect` (clipped to the buffer); rectangles under 2×2 draw nothing.
    public mutating func drawBox(_ rect: Rect, border: BorderSet = .single, style: Style = .plain) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1
        let bottom = rect.maxY - 1
        for x in (rect.minX + 1)..<right {
            set(Cell(border.horizontal, style: style), x: x, y: rect.minY)
            set(Cell(border.horizontal, style: style), x: x, y: bottom)
        }
        for y in (rect.minY + 1)..<bottom {
            set(Cell(border.vertical, style: style), x: rect.minX, y: y)
            set(Cell(border.vertical, style: style), x: right, y: y)
        }
        set(Cell(border.topLeft, style: style), x: rect.minX, y: rect.minY)
        set(Cell(border.topRight, style: style), x: right, y: rect.minY)
        set(Cell(border.bottomLeft, style: style), x: rect.minX, y: bottom)
        set(Cell(border.bottomRight, style: style), x: right, y: bottom)
    }

    /// Draws a horizontal separator across `rect` at row `y`, with tees where it meets the box's sides.
    public mutating func drawSeparator(in rect: Rect, y: Int, border: BorderSet = .single, style: Style = .plain) {
        guard rect.width >= 2 else { return }
        let line = Rect(x: rect.minX + 1, y: y, width: rect.width - 2, height: 1)
        fill(line, with: Cell(border.horizontal, style: style))
        set(Cell(border.teeLeft, style: style), x: rect.minX, y: y)
        set(Cell(border.teeRight, style: style), x: rect.maxX - 1, y: y)
    }
}
