/// A one-line trend of values drawn with ▁▂▃▄▅▆▇█, for sales per interval in a status or report.
///
/// The newest values are shown when there are more than columns. Values are scaled from zero (or
/// the smallest value, when negative) to the largest. Style: `styleKey`.
public struct Sparkline: Widget, Sendable, Hashable {
    public var values: [Double]
    public var styleKey: String

    public init(values: [Double], styleKey: String = "chart.spark") {
        self.values = values
        self.styleKey = styleKey
    }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The sparkline as text, one character per value, for the last `width` values.
    public func text(width: Int) -> String {
        let shown = values.suffix(max(0, width))
        let low = min(0, shown.min() ?? 0)
        let high = shown.max() ?? 0
        let span = high - low
        return String(shown.map { value in
            guard span > 0, value.isFinite else { return Sparkline.levels[0] }
            let level = BarChart.nearestCount((value - low) / span * 7)
            return Sparkline.levels[min(7, max(0, level))]
        })
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        let style = theme.style(styleKey)
        buffer.fill(line, with: Cell(" ", style: style))
        buffer.write(text(width: line.width), x: line.x, y: line.y, style: style, clip: line)
    }
}
