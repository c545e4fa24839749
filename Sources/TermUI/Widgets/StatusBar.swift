/// One line of status with left, centre and right parts: till and cashier, messages, sync state
/// and clock.
///
/// The right part is kept whole when it fits; the left part is clipped before it; the centre part
/// is shown only when it fits between them with a space on each side. Styles: `styleKey` for the
/// bar, and each segment's own key (`"status.offline"`).
public struct StatusBar: Widget, Sendable, Hashable {
    /// A piece of text with an optional style key of its own.
    public struct Segment: Sendable, Hashable {
        public var text: String
        public var styleKey: String?

        public init(_ text: String, styleKey: String? = nil) {
            self.text = text
            self.styleKey = styleKey
        }
    }

    public var left: [Segment]
    public var center: [Segment]
    public var right: [Segment]
    public var styleKey: String

    public init(left: [Segment] = [], center: [Segment] = [], right: [Segment] = [], styleKey: String = "status") {
        self.left = left
        self.center = center
        self.right = right
        self.styleKey = styleKey
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, with: Cell(" ", style: theme.style(styleKey)))
        let rightWidth = min(line.width, width(of: right))
        let rightStart = line.maxX - rightWidth
        draw(right, from: rightStart, in: line, theme: theme, into: &buffer)
        let leftLimit = rightWidth > 0 ? rightStart - 1 : line.maxX
        let leftClip = Rect(x: line.x, y: line.y, width: leftLimit - line.x, height: 1)
        let leftEnd = min(leftLimit, line.x + width(of: left))
        draw(left, from: line.x, in: leftClip, theme: theme, into: &buffer)
        let centerWidth = width(of: center)
        let centerStart = line.x + (line.width - centerWidth) / 2
        let fitsAfterLeft = left.isEmpty || centerStart > leftEnd
        let fitsBeforeRight = right.isEmpty || centerStart + centerWidth < rightStart
        if centerWidth > 0, centerWidth <= line.width, fitsAfterLeft, fitsBeforeRight {
            draw(center, from: centerStart, in: line, theme: theme, into: &buffer)
        }
    }

    private func width(of segments: [Segment]) -> Int {
        segments.reduce(0) { $0 + $1.text.displayWidth } + max(0, segments.count - 1)
    }

    private func draw(_ segments: [Segment], from x: Int, in clip: Rect, theme: Theme, into buffer: inout Buffer) {
        var column = x
        for (index, segment) in segments.enumerated() {
            if index > 0 { column += 1 }
            let style = theme.style(segment.styleKey ?? styleKey)
            column = buffer.write(segment.text, x: column, y: clip.y, style: style, clip: clip)
        }
    }
}
