import TermUI

/// The last printout as text, drawn over the screen like a slip of paper: for the demo, whose
/// printer is a file, and for a trainer showing what the customer gets.
struct PrintoutOverlay: Widget {
    let lines: [String]

    func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let paper = lines.map(DisplayWidth.of).max() ?? 0
        let box = area.centered(width: min(area.width, paper + 4), height: min(area.height, lines.count + 2))
        Block(title: "Last printout (any key closes)", border: .rounded, styleKey: "dialog", borderKey: "dialog.border",
              titleKey: "dialog.title").render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        // The end of a long receipt matters most (total, change): show its last lines when it does not fit.
        for (offset, line) in lines.suffix(inner.height).enumerated() {
            _ = buffer.write(line, x: inner.x, y: inner.y + offset, style: theme.style("dialog"), clip: inner)
        }
    }
}
