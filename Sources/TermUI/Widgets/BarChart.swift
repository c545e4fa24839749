/// Horizontal bars with labels and values, for sales by hour or by category in reports.
///
/// Bars are scaled to the largest value and drawn to an eighth of a column with ▏▎▍▌▋▊▉█.
/// Labels take at most a third of the width; value texts sit right of the bars. Styles:
/// `styleKey`, `.label`, `.bar`, `.value`.
public struct BarChart: Widget, Sendable, Hashable {
    /// One bar: its label, its length, and the text shown for it (a formatted amount).
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double
        public var valueText: String

        public init(_ label: String, value: Double, valueText: String? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText ?? BarChart.format(value)
        }
    }

    public var bars: [Bar]
    public var styleKey: String

    public init(bars: [Bar], styleKey: String = "chart") {
        self.bars = bars
        self.styleKey = styleKey
    }

    /// Partial blocks from one to seven eighths of a column.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        buffer.fill(area, with: Cell(" ", style: theme.style(styleKey)))
        guard !area.isEmpty else { return }
        let labelWidth = min(area.width / 3, bars.map(\.label.displayWidth).max() ?? 0)
        let valueWidth = bars.map(\.valueText.displayWidth).max() ?? 0
        let barStart = area.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        let barWidth = max(0, area.maxX - barStart - valueWidth - 1)
        let largest = bars.map(\.value).max() ?? 0
        for (row, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + row
            let label = DisplayWidth.pad(bar.label, to: labelWidth)
            buffer.write(label, x: area.x, y: y, style: theme.style(styleKey + ".label"), clip: area)
            let scale = largest > 0 ? Double(barWidth * 8) / largest : 0
            let eighthsTotal = BarChart.nearestCount(max(0, bar.value) * scale)
            let full = eighthsTotal / 8
            var bar8 = String(repeating: "█", count: full)
            if eighthsTotal % 8 > 0 {
                bar8.append(BarChart.eighths[eighthsTotal % 8 - 1])
            }
            let end = buffer.write(bar8, x: barStart, y: y, style: theme.style(styleKey + ".bar"), clip: area)
            let valueX = max(end, barStart) + 1
            buffer.write(bar.valueText, x: valueX, y: y, style: theme.style(styleKey + ".value"), clip: area)
        }
    }

    /// A value without a needless fraction, for bars given no text of their own.
    static func format(_ value: Double) -> String {
        abs(value) < 1e15 && value == Double(Int64(value)) ? String(Int64(value)) : String(value)
    }

    /// The nearest whole count to a non-negative value, 0 for anything else; adding a half and
    /// truncating keeps TermUI free of libm, which `rounded()` would pull in.
    static func nearestCount(_ value: Double) -> Int {
        value.isFinite && value > 0 && value < 1e15 ? Int(value + 0.5) : 0
    }
}
