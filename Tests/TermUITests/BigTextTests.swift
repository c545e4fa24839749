import Testing
import TermUI

@Suite struct BigTextTests {
    @Test func drawsDigitsFiveRowsTallWithAGapBetweenGlyphs() {
        var buffer = Buffer(width: 12, height: 5)
        let big = BigText("1.5")
        big.render(into: &buffer, area: buffer.area, theme: .monochrome)
        #expect(big.width == 3 + 1 + 1 + 1 + 3)
        #expect((0..<5).map { String(buffer.line($0).prefix(9)) } == [
            " █    ███", "██    █  ", " █    ███", " █      █", "███ █ ███",
        ])
    }
}
