/// Reading a buffer back as text, so tests compare whole screens with a list of expected lines.
extension Buffer {
    /// Every row as text, exactly `width` columns wide (a wide character counts for two columns and
    /// is one `Character`), trailing spaces kept.
    public var lines: [String] {
        (0..<height).map(line)
    }

    /// Every row as text with trailing spaces removed; the number of rows stays `height`.
    public var trimmedLines: [String] {
        lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " {
                trimmed.removeLast()
            }
            return String(trimmed)
        }
    }

    /// Row `y` as text, `width` columns wide, or "" outside the buffer.
    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var text = ""
        text.reserveCapacity(width)
        let row = y * width
        for x in 0..<width where !cells[row + x].isContinuation {
            text.append(cells[row + x].symbol)
        }
        return text
    }

    /// A buffer showing `lines` in `style`, as wide as the widest line, so tests can state an
    /// expected screen (ratatui's `Buffer::with_lines`).
    public init(lines: [String], style: Style = .plain) {
        let width = lines.map(DisplayWidth.of).max() ?? 0
        self.init(width: width, height: lines.count)
        for (y, line) in lines.enumerated() {
            write(line, x: 0, y: y, style: style)
        }
    }
}
