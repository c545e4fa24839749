import Testing
import TermUI

@Suite struct BufferDiffTests {
    @Test("a frame where one line changed writes only that line's changed cells")
    func oneLineChanged() {
        // Given two frames that differ in one line
        var previous = Buffer(width: 20, height: 5)
        for y in 0..<5 { previous.write("Line \(y)", x: 0, y: y) }
        var next = previous
        next.write("Total 12.50", x: 0, y: 3)
        // When they are diffed
        let runs = next.diff(from: previous)
        // Then one run on row 3 covers just the changed cells
        #expect(runs.count == 1)
        #expect(runs.first?.y == 3)
        #expect(runs.first?.x == 0)
        #expect(runs.first?.text == "Total 12.50")
        #expect(next.diff(from: next).isEmpty)
    }

    @Test("unchanged cells split a row into separate runs")
    func separateRuns() {
        let previous = Buffer(lines: ["abcdef"])
        let next = Buffer(lines: ["xbcdyf"])
        let runs = next.diff(from: previous)
        #expect(runs.map(\.x) == [0, 4])
        #expect(runs.map(\.text) == ["x", "y"])
    }

    @Test("a style change alone is a change")
    func styleChange() {
        let previous = Buffer(lines: ["abc"])
        var next = previous
        next.setStyle(Style(attributes: .reverse), in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(next.diff(from: previous).map(\.text) == ["b"])
    }

    @Test("a run never starts on the right half of a wide character")
    func continuationStart() {
        let previous = Buffer(lines: ["咖啡"])
        var next = previous
        next.setStyle(Style(attributes: .bold), in: Rect(x: 1, y: 0, width: 1, height: 1))
        let runs = next.diff(from: previous)
        #expect(runs.map(\.x) == [0])
        #expect(runs.map(\.text) == ["咖"])
    }

    @Test("a resized frame is written in full")
    func resized() {
        let previous = Buffer(width: 3, height: 1)
        let next = Buffer(lines: ["ab", "cd"])
        #expect(next.diff(from: previous).map(\.text) == ["ab", "cd"])
    }
}
