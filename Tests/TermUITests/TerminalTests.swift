import Testing
import TermUI

@Suite struct TerminalTests {
    func frame(total: String) -> (inout Buffer) -> Void {
        { buffer in
            buffer.write("Till 3 · Ana", x: 0, y: 0)
            buffer.write("Coffee", x: 0, y: 1)
            buffer.write(total, x: 0, y: 2)
            buffer.cursor = Position(x: 4, y: 2)
        }
    }

    @Test("the first frame is drawn in full, the next writes only the changed line")
    func onlyChangesAreWritten() throws {
        // Given a terminal that has drawn one frame
        var terminal = Terminal(backend: BufferBackend(width: 20, height: 4))
        try terminal.draw(frame(total: "Total 2.50"))
        #expect(terminal.backend.trimmedLines == ["Till 3 · Ana", "Coffee", "Total 2.50", ""])
        #expect(terminal.backend.cursor == Position(x: 4, y: 2))
        // When a frame differs only in the total
        let written = try terminal.draw(frame(total: "Total 12.50"))
        // Then only that line's changed cells are written
        #expect(written == 5)
        #expect(Set(terminal.backend.lastWrites.map(\.y)) == [2])
        #expect(terminal.backend.lastWrites.map(\.x) == [6, 7, 8, 9, 10])
        #expect(terminal.backend.trimmedLines == ["Till 3 · Ana", "Coffee", "Total 12.50", ""])
        // And an identical frame writes nothing
        #expect(try terminal.draw(frame(total: "Total 12.50")) == 0)
        #expect(terminal.backend.flushCount == 3)
    }

    @Test("a resize clears and repaints everything at the new size")
    func resize() throws {
        var terminal = Terminal(backend: BufferBackend(width: 10, height: 2))
        try terminal.draw { $0.write("abc", x: 0, y: 0) }
        terminal.withBackend { backend in backend.resize(to: Size(width: 6, height: 3)) }
        let event = try terminal.withBackend { backend in try backend.readEvent(timeout: .zero) }
        #expect(event == .resize(Size(width: 6, height: 3)))
        try terminal.draw { $0.write("abcdefgh", x: 0, y: 1) }
        #expect(terminal.backend.lines == ["      ", "abcdef", "      "])
    }

    @Test("the backend hands queued keys back in order")
    func events() throws {
        var backend = BufferBackend(width: 1, height: 1)
        backend.send(try KeyChord(parsing: "F2"))
        backend.send(KeyChord("x"))
        #expect(try backend.readEvent(timeout: .milliseconds(50)) == .key(KeyChord(.function(2))))
        #expect(try backend.readEvent(timeout: .milliseconds(50)) == .key(KeyChord("x")))
        #expect(try backend.readEvent(timeout: .milliseconds(50)) == nil)
    }

    @Test("wide characters reach the screen whole and keep later columns aligned")
    func wideOnScreen() throws {
        var terminal = Terminal(backend: BufferBackend(width: 12, height: 2))
        try terminal.draw { buffer in
            buffer.write("Tea", x: 0, y: 0)
            buffer.write("1.00", x: 8, y: 0)
            buffer.write("茶🍵", x: 0, y: 1)
            buffer.write("2.00", x: 8, y: 1)
        }
        #expect(terminal.backend.lines == ["Tea     1.00", "茶🍵    2.00"])
    }
}
