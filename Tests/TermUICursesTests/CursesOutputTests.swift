import Glibc
import TermUI
import TermUICurses
import Testing

extension RealCurses {
    /// Counting the bytes the backend sends, as the benchmark will: a frame where one line changed
    /// must cost a fraction of the first, full frame.
    @Suite struct OutputTests {
        /// Draws the classic 80×24 till screen, every row filled, with `changed` on row 12.
        private func frame(_ buffer: inout Buffer, changed: String) {
            for y in 0..<24 {
                let text = "row \(y): " + String(repeating: "Espresso 2.40  ", count: 6)
                buffer.write(text, x: 0, y: y, style: y == 0 ? Style(foreground: .yellow, attributes: .bold) : .plain)
            }
            buffer.write(changed, x: 0, y: 12, style: Style(foreground: .green))
        }

        @Test func oneChangedLineWritesFarFewerBytesThanAFullFrame() throws {
            var template = Array("/tmp/till-curses-bytes-XXXXXX".utf8CString)
            let descriptor = mkstemp(&template)
            try #require(descriptor >= 0)
            defer {
                Glibc.close(descriptor)
                unlink(template)
            }
            let backend = try RealCurses.open(output: .fileDescriptor(descriptor))
            defer { backend.close() }
            var terminal = Terminal(backend: backend)

            let fullCells = try terminal.draw { frame(&$0, changed: "Total  12.50") }
            let full = try #require(backend.outputByteCount)
            let lineCells = try terminal.draw { frame(&$0, changed: "Change due 0.60, thank you") }
            let afterLine = try #require(backend.outputByteCount)
            let sameCells = try terminal.draw { frame(&$0, changed: "Change due 0.60, thank you") }
            let afterSame = try #require(backend.outputByteCount)

            #expect(fullCells > 1500)
            #expect(lineCells < 80)
            #expect(sameCells == 0)
            #expect(full > 80 * 24)
            #expect(afterLine - full < full / 20)
            #expect(afterLine - full > 0)
            #expect(afterSame == afterLine)
        }
    }
}
