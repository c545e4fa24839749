import Testing
import TermUI

@Suite struct WidgetClippingTests {
    static let sizes = [
        Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 3, height: 2), Size(width: 7, height: 3),
    ]

    /// Draws into a hatched buffer and says whether every cell outside the area is still hatched.
    func renderHatched(_ size: Size, _ draw: (inout Buffer, Rect) -> Void) -> Bool {
        let hatch = String(repeating: "#", count: size.width + 4)
        var buffer = Buffer(lines: Array(repeating: hatch, count: size.height + 4))
        let area = Rect(x: 2, y: 2, width: size.width, height: size.height)
        draw(&buffer, area)
        for y in 0..<buffer.height {
            for x in 0..<buffer.width where !area.contains(x: x, y: y) {
                if buffer.cell(x: x, y: y)?.symbol != "#" { return false }
            }
        }
        return true
    }

    @Test("no widget draws outside its area, however small", arguments: sizes)
    func staysInside(size: Size) throws {
        let theme = Theme.monochrome
        let location = SourceLocation(file: "t", line: 1)
        let keymap = try Keymap(
            entries: [Keymap.Entry(context: "global", chord: "F2", action: "pay", location: location)],
            knownActions: ["pay"])
        let widgets: [any Widget] = [
            Block(title: "Receipt"),
            TextInput(text: "咖啡 and more text"),
            StatusBar(left: [.init("Till 3")], center: [.init("Sale")], right: [.init("14:05")]),
            KeyHintBar(keymap: keymap, context: "sale", items: [.init(action: "pay", label: "Pay")]),
            Dialog(title: "Void", message: "Remove the line?", buttons: ["Yes", "No"], input: TextInput(text: "x")),
            TextPane(lines: ["咖啡 line one", "two", "three", "four"]),
            BarChart(bars: [.init("咖啡", value: 3), .init("Tea", value: 1)]),
            Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8, 9]),
        ]
        for widget in widgets {
            #expect(renderHatched(size) { buffer, area in widget.render(into: &buffer, area: area, theme: theme) })
        }
        let table = Table(columns: [.init("Item"), .init("Qty", width: .fixed(3))], rows: [.init(["咖啡豆", "1"])])
        #expect(renderHatched(size) { buffer, area in
            var state = TableState(selected: 0)
            table.render(into: &buffer, area: area, theme: theme, state: &state)
        })
    }
}
