import Testing
import TermUI

@Suite struct BarsTests {
    func keymap() throws -> Keymap {
        let entries = [
            ("global", "F1", "help"), ("global", "F10", "quit"), ("sale", "F2", "pay"), ("sale", "F3", "void"),
        ]
        let location = SourceLocation(file: "test", line: 1)
        return try Keymap(
            entries: entries.map { Keymap.Entry(context: $0.0, chord: $0.1, action: $0.2, location: location) },
            knownActions: ["help", "quit", "pay", "void", "discount"])
    }

    @Test("the hint bar shows each action's key from the keymap and drops what does not fit whole")
    func hints() throws {
        let bar = KeyHintBar(keymap: try keymap(), context: "sale", items: [
            .init(action: "pay", label: "Pay"), .init(action: "void", label: "Void"),
            .init(action: "discount", label: "Discount"), .init(action: "help", label: "Help"),
            .init(action: "quit", label: "Quit"),
        ])
        var buffer = Buffer(width: 30, height: 1)
        bar.render(into: &buffer, area: buffer.area, theme: .monochrome)
        #expect(buffer.trimmedLines == ["F2 Pay  F3 Void  F1 Help"])
        #expect(buffer.cell(x: 0, y: 0)?.style.attributes == .reverse)
        #expect(buffer.cell(x: 3, y: 0)?.style.attributes == [])
        var wide = Buffer(width: 40, height: 1)
        bar.render(into: &wide, area: wide.area, theme: .monochrome)
        #expect(wide.trimmedLines == ["F2 Pay  F3 Void  F1 Help  F10 Quit"])
    }

    @Test("the status bar keeps the right part and clips the left before it")
    func statusBar() {
        let bar = StatusBar(
            left: [.init("Till 3"), .init("Ana Lima")], center: [.init("Sale")],
            right: [.init("OFFLINE", styleKey: "status.offline"), .init("14:05")])
        var buffer = Buffer(width: 40, height: 1)
        bar.render(into: &buffer, area: buffer.area, theme: .monochrome)
        #expect(buffer.lines == ["Till 3 Ana Lima   Sale     OFFLINE 14:05"])
        var narrow = Buffer(width: 20, height: 1)
        bar.render(into: &narrow, area: narrow.area, theme: .monochrome)
        #expect(narrow.lines == ["Till 3 OFFLINE 14:05"])
        #expect(narrow.cell(x: 0, y: 0)?.style.attributes == .reverse)
    }

    @Test("the bar chart scales bars to eighths of a column")
    func barChart() {
        let chart = BarChart(bars: [
            .init("Coffee", value: 100, valueText: "100.00"),
            .init("Tea", value: 55, valueText: "55.00"),
            .init("Cake", value: 0, valueText: "0.00"),
        ])
        var buffer = Buffer(width: 24, height: 3)
        chart.render(into: &buffer, area: buffer.area, theme: .monochrome)
        #expect(buffer.trimmedLines == [
            "Coffee ██████████ 100.00",
            "Tea    █████▌ 55.00",
            "Cake    0.00",
        ])
    }

    @Test("the sparkline shows the newest values as eight levels")
    func sparkline() {
        let spark = Sparkline(values: [99, 0, 1, 2, 3, 4, 5, 6, 7])
        #expect(spark.text(width: 8) == "▁▂▃▄▅▆▇█")
        var buffer = Buffer(width: 4, height: 1)
        spark.render(into: &buffer, area: buffer.area, theme: .monochrome)
        #expect(buffer.lines == ["▅▆▇█"])
        #expect(Sparkline(values: [0, 0]).text(width: 5) == "▁▁")
    }
}
