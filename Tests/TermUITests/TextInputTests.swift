import Testing
import TermUI

@Suite struct TextInputTests {
    func render(_ input: TextInput, width: Int = 10) -> Buffer {
        var buffer = Buffer(width: width, height: 1)
        input.render(into: &buffer, area: buffer.area, theme: .monochrome)
        return buffer
    }

    @Test("typing, moving and deleting edit at the cursor")
    func editing() throws {
        var input = TextInput()
        for key in ["a", "b", "c", "left", "left", "X", "home", "del", "end", "backspace", "C-a", ">"] {
            #expect(input.handle(try KeyChord(parsing: key)))
        }
        #expect(input.text == ">Xb")
        #expect(input.cursor == 1)
        #expect(!input.handle(try KeyChord(parsing: "F2")))
        #expect(input.handle(try KeyChord(parsing: "C-u")))
        #expect(input.text == "")
    }

    @Test("the cursor is placed on screen and long text scrolls to keep it visible")
    func cursorAndScrolling() {
        var input = TextInput(text: "abc")
        #expect(render(input).trimmedLines == ["abc"])
        #expect(render(input).cursor == Position(x: 3, y: 0))
        input.insert("defghijklm")
        let buffer = render(input)
        #expect(buffer.lines == ["efghijklm "])
        #expect(buffer.cursor == Position(x: 9, y: 0))
        input.moveToStart()
        #expect(render(input).lines == ["abcdefghij"])
        #expect(render(input).cursor == Position(x: 0, y: 0))
    }

    @Test("wide characters move the cursor by two columns")
    func wide() {
        let input = TextInput(text: "咖啡x")
        #expect(render(input).cursor == Position(x: 5, y: 0))
    }

    @Test("a masked field shows bullets and keeps no history")
    func masked() {
        var input = TextInput(isMasked: true, maxLength: 4)
        input.insert("123456")
        #expect(input.text == "1234")
        #expect(render(input).trimmedLines == ["••••"])
        #expect(input.commit() == "1234")
        #expect(input.history.isEmpty)
    }

    @Test("up and down walk the history and bring back the draft")
    func history() {
        var input = TextInput(history: ["first"])
        input.insert("second")
        #expect(input.commit() == "second")
        input.insert("dra")
        input.historyPrevious()
        #expect(input.text == "second")
        input.historyPrevious()
        input.historyPrevious()
        #expect(input.text == "first")
        input.historyNext()
        #expect(input.text == "second")
        input.historyNext()
        #expect(input.text == "dra")
        #expect(input.cursor == 3)
    }

    @Test("an empty field shows its placeholder")
    func placeholder() {
        let buffer = render(TextInput(placeholder: "Scan or search"), width: 8)
        #expect(buffer.lines == ["Scan or "])
        #expect(buffer.cell(x: 0, y: 0)?.style.attributes == .dim)
        #expect(buffer.cursor == Position(x: 0, y: 0))
    }
}
