import CNcursesw
import Glibc
import TermUI
import TermUICurses
import Testing

extension RealCurses {
    /// The real backend on a headless screen: what it draws lands in the ncurses window as expected.
    @Suite struct BackendTests {
        @Test func drawsTextWideCharactersAndEmojiIntoTheWindow() throws {
            let backend = try RealCurses.open()
            defer { backend.close() }
            var terminal = Terminal(backend: backend)
            try terminal.draw { buffer in
                buffer.write("Total 12.50", x: 0, y: 0)
                buffer.write("中文 café", x: 2, y: 1)
                buffer.write("🙂 ok", x: 0, y: 2)
            }
            #expect(RealCurses.row(0).hasPrefix("Total 12.50   "))
            #expect(RealCurses.row(1).hasPrefix("  中文 café "))
            #expect(RealCurses.row(2).hasPrefix("🙂 ok"))
            #expect(RealCurses.cell(x: 2, y: 1).text == "中")
            #expect(RealCurses.cell(x: 4, y: 1).text == "文")
            #expect(RealCurses.cell(x: 10, y: 1).text == "é")
            #expect(RealCurses.cell(x: 0, y: 2).text == "🙂")
            #expect(RealCurses.cell(x: 3, y: 2).text == "o")
        }

        @Test func attributesAndColoursReachTheCell() throws {
            let backend = try RealCurses.open()
            defer { backend.close() }
            #expect(backend.colorCapability == .xterm256)
            var terminal = Terminal(backend: backend)
            let alert = Style(foreground: .red, background: .indexed(236), attributes: [.bold, .underline])
            let hint = Style(attributes: [.dim, .reverse])
            try terminal.draw { buffer in
                buffer.write("PAID", x: 0, y: 0, style: alert)
                buffer.write("F2", x: 10, y: 0, style: hint)
                buffer.write("X", x: 20, y: 0, style: alert)
            }
            let paid = RealCurses.cell(x: 0, y: 0)
            #expect(paid.text == "P")
            #expect(paid.attributes & till_a_bold() != 0)
            #expect(paid.attributes & till_a_underline() != 0)
            #expect(paid.attributes & till_a_reverse() == 0)
            #expect(paid.pair != 0)
            #expect(RealCurses.colors(ofPair: paid.pair) == (1, 236))
            #expect(RealCurses.cell(x: 20, y: 0).pair == paid.pair)
            let hintCell = RealCurses.cell(x: 10, y: 0)
            #expect(hintCell.attributes & till_a_dim() != 0)
            #expect(hintCell.attributes & till_a_reverse() != 0)
            #expect(hintCell.pair == 0)
        }

        @Test func eightColourTerminalsGetEightColours() throws {
            let backend = try RealCurses.open(terminal: "xterm")
            defer { backend.close() }
            #expect(backend.colorCapability == .ansi8)
            var terminal = Terminal(backend: backend)
            try terminal.draw { buffer in
                buffer.write("!", x: 0, y: 0, style: Style(foreground: .indexed(9), background: .rgb(0, 0, 200)))
            }
            #expect(RealCurses.colors(ofPair: RealCurses.cell(x: 0, y: 0).pair) == (1, 4))
        }

        @Test func monochromeTerminalsKeepAttributesOnly() throws {
            let backend = try RealCurses.open(terminal: "vt100")
            defer { backend.close() }
            #expect(backend.colorCapability == .mono)
            var terminal = Terminal(backend: backend)
            try terminal.draw { buffer in
                buffer.write("!", x: 0, y: 0, style: Style(foreground: .red, attributes: .reverse))
            }
            let cell = RealCurses.cell(x: 0, y: 0)
            #expect(cell.pair == 0)
            #expect(cell.attributes & till_a_reverse() != 0)
        }

        @Test func unknownTerminalTypeIsATypedError() {
            #expect(throws: CursesError.unknownTerminal("no-such-terminal")) {
                try RealCurses.open(terminal: "no-such-terminal")
            }
            #expect(till_stdscr() == nil)
        }

        @Test func terminalsThatCannotMoveTheCursorAreRefused() {
            #expect(throws: CursesError.cannotAddressCursor("dumb")) {
                try RealCurses.open(terminal: "dumb")
            }
            #expect(till_stdscr() == nil)
        }

        @Test func oneSessionAtATime() throws {
            let backend = try RealCurses.open()
            defer { backend.close() }
            #expect(throws: CursesError.alreadyOpen) { try RealCurses.open() }
        }

        @Test func resizeIsReportedWithTheNewSize() throws {
            var backend = try RealCurses.open()
            defer { backend.close() }
            #expect(backend.size == Size(width: 80, height: 24))
            resizeterm(30, 100)
            #expect(try backend.readEvent(timeout: .zero) == .resize(Size(width: 100, height: 30)))
            #expect(backend.size == Size(width: 100, height: 30))
        }

        @Test func closedInputIsAnErrorNotASpin() throws {
            var backend = try RealCurses.open()
            defer { backend.close() }
            #expect(throws: TerminalError(CursesError.inputClosed.description)) {
                try backend.readEvent(timeout: .milliseconds(10))
            }
        }

        @Test func closingRestoresAndIsFinal() throws {
            var backend = try RealCurses.open()
            backend.close()
            backend.close()
            #expect(till_stdscr() == nil)
            #expect(throws: TerminalError(CursesError.closed.description)) { try backend.flush() }
            #expect(throws: TerminalError(CursesError.closed.description)) {
                try backend.readEvent(timeout: .zero)
            }
            let reopened = try RealCurses.open()
            reopened.close()
        }
    }
}
