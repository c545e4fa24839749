import Testing
import TermUI

@Suite struct LayoutTests {
    @Test("fixed rows at top and bottom, fill in between")
    func rows() {
        let parts = Layout.rows([.fixed(1), .fill(), .fixed(2)]).split(Rect(x: 0, y: 0, width: 80, height: 24))
        #expect(parts == [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 21),
            Rect(x: 0, y: 22, width: 80, height: 2),
        ])
    }

    @Test("percentages and weighted fills share columns, with spacing")
    func columns() {
        let parts = Layout.columns([.percentage(50), .fill(1), .fill(3)], spacing: 1)
            .split(Rect(x: 2, y: 1, width: 42, height: 3))
        #expect(parts.map(\.width) == [20, 5, 15])
        #expect(parts.map(\.x) == [2, 23, 29])
    }

    @Test("when fixed sizes do not fit, later slots shrink first")
    func overflow() {
        let parts = Layout.rows([.fixed(3), .fixed(3), .fill()]).split(Rect(x: 0, y: 0, width: 5, height: 4))
        #expect(parts.map(\.height) == [3, 1, 0])
    }

    @Test("rectangles intersect, inset and centre")
    func rects() {
        let area = Rect(x: 0, y: 0, width: 10, height: 6)
        #expect(area.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 4))
        #expect(area.inset(by: 6).isEmpty)
        #expect(area.centered(width: 4, height: 2) == Rect(x: 3, y: 2, width: 4, height: 2))
        #expect(area.intersection(Rect(x: 8, y: 4, width: 5, height: 5)) == Rect(x: 8, y: 4, width: 2, height: 2))
        #expect(area.intersection(Rect(x: 20, y: 0, width: 1, height: 1)).isEmpty)
    }
}
