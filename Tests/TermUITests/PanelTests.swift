import Testing
import TermUI

@Suite struct PanelTests {
    @Test("a block draws a titled box with line characters and reports its inside")
    func block() {
        var buffer = Buffer(width: 12, height: 4)
        let block = Block(title: "Receipt")
        block.render(into: &buffer, area: buffer.area, theme: .monochrome)
        #expect(buffer.lines == [
            "┌ Receipt ─┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
        #expect(block.inner(buffer.area) == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(buffer.cell(x: 2, y: 0)?.style.attributes == .bold)
        var rounded = Buffer(width: 6, height: 3)
        Block(title: "A long title", border: .rounded).render(into: &rounded, area: rounded.area, theme: .monochrome)
        #expect(rounded.lines == ["╭ A… ╮", "│    │", "╰────╯"])
    }

    @Test("separators meet the box with tees")
    func separator() {
        var buffer = Buffer(width: 5, height: 3)
        buffer.drawBox(buffer.area, border: .double)
        buffer.drawSeparator(in: buffer.area, y: 1, border: .double)
        #expect(buffer.lines == ["╔═══╗", "╠═══╣", "╚═══╝"])
    }

    @Test("a dialog is centred, wraps its message and highlights the selected button")
    func dialog() {
        var buffer = Buffer(lines: Array(repeating: String(repeating: ".", count: 30), count: 9))
        let dialog = Dialog(
            title: "Void sale", message: "Remove all 3 lines from this sale?", buttons: ["Void", "Keep"],
            selectedButton: 1, maxWidth: 24)
        dialog.render(into: &buffer, area: buffer.area, theme: .monochrome)
        #expect(buffer.lines == [
            "..............................",
            "...┌ Void sale ───────────┐...",
            "...│ Remove all 3 lines   │...",
            "...│ from this sale?      │...",
            "...│                      │...",
            "...│  [ Void ]  [ Keep ]  │...",
            "...└──────────────────────┘...",
            "..............................",
            "..............................",
        ])
        #expect(buffer.cell(x: 17, y: 5)?.style.attributes == .reverse)
        #expect(buffer.cell(x: 7, y: 5)?.style.attributes == [])
    }

    @Test("a prompt shows a masked input line and puts the cursor in it")
    func prompt() {
        var input = TextInput(isMasked: true)
        input.insert("1234")
        let prompt = Dialog.prompt(title: "Manager", message: "PIN:", input: input, buttons: [])
        var buffer = Buffer(width: 30, height: 7)
        prompt.render(into: &buffer, area: buffer.area, theme: .monochrome)
        #expect(buffer.trimmedLines == [
            "",
            "   ┌ Manager ─────────────┐",
            "   │ PIN:                 │",
            "   │                      │",
            "   │ ••••                 │",
            "   └──────────────────────┘",
            "",
        ])
        #expect(buffer.cursor == Position(x: 9, y: 4))
    }

    @Test("a text pane scrolls, clips long lines and shows where more text is hidden")
    func textPane() {
        var pane = TextPane(text: "CAFÉ LUNA\nCoffee        2.50\nCroissant     1.80\nTOTAL         4.30\nThank you!")
        var buffer = Buffer(width: 12, height: 3)
        pane.render(into: &buffer, area: buffer.area, theme: .monochrome)
        #expect(buffer.lines == ["CAFÉ LUNA   ", "Coffee      ", "Croissant  ▼"])
        pane.scroll(by: 5, height: 3)
        #expect(pane.offset == 2)
        pane.render(into: &buffer, area: buffer.area, theme: .monochrome)
        #expect(buffer.lines == ["Croissant  ▲", "TOTAL       ", "Thank you!  "])
        var short = TextPane(lines: ["one", "two"])
        var small = Buffer(width: 5, height: 3)
        short.scroll(by: 3, height: 3)
        short.render(into: &small, area: small.area, theme: .monochrome)
        #expect(small.trimmedLines == ["one", "two", ""])
    }

    @Test("a theme can inherit from a ready-made theme")
    func inheritBuiltin() throws {
        let source = ThemeSource(name: "mine", styles: ["table": StyleSpec(fg: "green")])
        let theme = try Theme(source, parent: .monochrome)
        #expect(theme.style("table.selected") == Style(attributes: .reverse))
        #expect(theme.style("table.row") == Style(foreground: .green))
    }
}
