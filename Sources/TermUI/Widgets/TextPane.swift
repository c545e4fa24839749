/// Scrollable lines of preformatted text, such as a receipt preview or a report.
///
/// Lines are clipped, never wrapped, so column layouts stay intact. When there is more text than
/// room, the last column shows ▲ and ▼ where more lines are hidden. Styles: `styleKey`,
/// `.indicator`.
public struct TextPane: Widget, Sendable, Hashable {
    public var lines: [String]
    /// The first line shown; ``render(into:area:theme:)`` keeps it within the text.
    public var offset: Int
    public var styleKey: String

    public init(lines: [String], offset: Int = 0, styleKey: String = "pane") {
        self.lines = lines
        self.offset = offset
        self.styleKey = styleKey
    }

    /// `text` split at newlines.
    public init(text: String, offset: Int = 0, styleKey: String = "pane") {
        self.init(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                  offset: offset, styleKey: styleKey)
    }

    /// The largest useful offset for a pane `height` rows tall.
    public func maxOffset(height: Int) -> Int {
        max(0, lines.count - height)
    }

    /// Scrolls by `delta` lines (negative is up), staying within the text for a pane `height` rows tall.
    public mutating func scroll(by delta: Int, height: Int) {
        offset = min(maxOffset(height: height), max(0, offset + delta))
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let style = theme.style(styleKey)
        buffer.fill(area, with: Cell(" ", style: style))
        guard !area.isEmpty else { return }
        let first = min(max(0, offset), maxOffset(height: area.height))
        let scrollable = lines.count > area.height
        let textArea = scrollable ? area.inset(right: 1) : area
        for row in 0..<min(area.height, lines.count - first) {
            buffer.write(lines[first + row], x: textArea.x, y: area.y + row, style: style, clip: textArea)
        }
        guard scrollable else { return }
        let indicator = theme.style(styleKey + ".indicator")
        if first > 0 {
            buffer.set(Cell("▲", style: indicator), x: area.maxX - 1, y: area.y)
        }
        if first + area.height < lines.count {
            buffer.set(Cell("▼", style: indicator), x: area.maxX - 1, y: area.maxY - 1)
        }
    }
}
