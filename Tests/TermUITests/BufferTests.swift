import Testing
import TermUI

@Suite struct BufferTests {
    @Test("columns after CJK and emoji line up with an ASCII line")
    func wideCharactersAlign() {
        // Given a buffer with an ASCII line and a line with CJK and emoji
        var buffer = Buffer(width: 16, height: 2)
        // When both write a price at the same column
        buffer.write("Coffee", x: 0, y: 0)
        buffer.write("12.50", x: 10, y: 0)
        buffer.write("咖啡☕", x: 0, y: 1)
        buffer.write("3.00", x: 10, y: 1)
        // Then the prices start in the same column
        #expect(buffer.lines == ["Coffee    12.50 ", "咖啡☕    3.00  "])
        #expect(buffer.lines.map(\.displayWidth) == [16, 16])
        #expect(buffer.cell(x: 10, y: 1)?.symbol == "3")
        #expect(buffer.cell(x: 1, y: 1)?.isContinuation == true)
    }

    @Test("text is clipped at the clip edge, never wrapped")
    func clipping() {
        var buffer = Buffer(width: 10, height: 2)
        let end = buffer.write("Espresso doppio", x: 2, y: 0, clip: Rect(x: 2, y: 0, width: 5, height: 1))
        #expect(end == 7)
        #expect(buffer.trimmedLines == ["  Espre", ""])
    }

    @Test("a wide character that does not fit at the right edge is not drawn half")
    func wideAtEdge() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.write("ab咖啡", x: 0, y: 0)
        #expect(buffer.lines == ["ab咖 "])
        var clipped = Buffer(width: 6, height: 1)
        clipped.write("x咖啡", x: 0, y: 0, clip: Rect(x: 0, y: 0, width: 4, height: 1))
        #expect(clipped.lines == ["x咖   "])
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("咖啡豆", x: 0, y: 0)
        buffer.write("x", x: 1, y: 0)
        buffer.write("y", x: 2, y: 0)
        #expect(buffer.lines == [" xy 豆"])
        buffer.write("咖", x: 3, y: 0)
        #expect(buffer.lines == [" xy咖 "])
    }

    @Test("control characters and lone combining marks are not drawn")
    func controls() {
        var buffer = Buffer(width: 8, height: 1)
        buffer.write("a\tb\nc\u{301}d", x: 0, y: 0)
        #expect(buffer.trimmedLines == ["abc\u{301}d"])
    }

    @Test("fill, style and lines round-trip")
    func fillAndLines() {
        var buffer = Buffer(width: 4, height: 2)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 2), with: Cell("#"))
        buffer.setStyle(Style(attributes: .bold), in: Rect(x: 0, y: 1, width: 4, height: 1))
        #expect(buffer.lines == [" ## ", " ## "])
        #expect(buffer.cell(x: 0, y: 1)?.style.attributes == .bold)
        #expect(Buffer(lines: ["ab", "咖"]).lines == ["ab", "咖"])
        #expect(buffer.cell(x: 9, y: 9) == nil)
    }
}
