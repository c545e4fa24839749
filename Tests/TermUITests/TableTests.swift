import Testing
import TermUI

@Suite struct TableTests {
    let columns = [
        Table.Column("Item", width: .fill()),
        Table.Column("Qty", width: .fixed(3), alignment: .right),
        Table.Column("Total", width: .fixed(6), alignment: .right),
    ]

    func rows(_ count: Int) -> [Table.Row] {
        (1...count).map { Table.Row(["Item \($0)", "\($0)", "\($0).00"]) }
    }

    @Test("columns line up, wide names included, and long text ends in an ellipsis")
    func columnsAlign() {
        // Given a cart with ASCII, CJK and emoji names
        let table = Table(columns: columns, rows: [
            Table.Row(["Coffee", "2", "5.00"]),
            Table.Row(["咖啡豆 ☕", "1", "12.50"]),
            Table.Row(["Croissant aux amandes", "10", "32.00"]),
        ])
        var buffer = Buffer(width: 21, height: 4)
        var state = TableState()
        // When it is rendered
        table.render(into: &buffer, area: buffer.area, theme: .monochrome, state: &state)
        // Then every column starts at the same place on every line
        #expect(buffer.lines == [
            "Item       Qty  Total",
            "Coffee       2   5.00",
            "咖啡豆 ☕    1  12.50",
            "Croissant…  10  32.00",
        ])
        #expect(buffer.cell(x: 0, y: 0)?.style.attributes == .underline)
    }

    @Test("the selection scrolls into view and is highlighted")
    func selectionStaysVisible() {
        let table = Table(columns: columns, rows: rows(10))
        var buffer = Buffer(width: 21, height: 4)
        var state = TableState(selected: 7)
        table.render(into: &buffer, area: buffer.area, theme: .monochrome, state: &state)
        #expect(state.offset == 5)
        #expect(buffer.trimmedLines == [
            "Item       Qty  Total",
            "Item 6       6   6.00",
            "Item 7       7   7.00",
            "Item 8       8   8.00",
        ])
        #expect(buffer.cell(x: 0, y: 3)?.style.attributes == .reverse)
        #expect(buffer.cell(x: 20, y: 3)?.style.attributes == .reverse)
        #expect(buffer.cell(x: 0, y: 2)?.style.attributes == [])
        // When the selection moves above the window, the window follows it
        state.move(by: -4, rowCount: 10)
        table.render(into: &buffer, area: buffer.area, theme: .monochrome, state: &state)
        #expect(state.selected == 3)
        #expect(state.offset == 3)
        #expect(buffer.line(1).hasPrefix("Item 4"))
    }

    @Test("the table is clipped to its area and leaves the rest of the buffer alone")
    func clipped() {
        var buffer = Buffer(lines: ["################", "################", "################"])
        var state = TableState()
        Table.list(["Espresso doppio", "Tea"]).render(
            into: &buffer, area: Rect(x: 2, y: 1, width: 8, height: 1), theme: .monochrome, state: &state)
        #expect(buffer.lines == ["################", "##Espress…######", "################"])
    }

    @Test("selection moves stay within the rows")
    func moves() {
        var state = TableState()
        state.move(by: 1, rowCount: 3)
        #expect(state.selected == 0)
        state.move(by: 10, rowCount: 3)
        #expect(state.selected == 2)
        state.move(by: -1, rowCount: 0)
        #expect(state.selected == nil)
    }
}
