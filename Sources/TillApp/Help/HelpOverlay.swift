import TermUI

/// The keys that work on the current screen, read from the active keymap, so a remapped key shows as remapped.
struct HelpOverlay: Widget {
    let keymap: Keymap
    let context: String
    let title: String

    /// (key, action label) for the screen's own bindings, then the global ones it does not rebind.
    var entries: [(key: String, label: String)] {
        var seen = Set<KeyChord>()
        var rows: [(String, String)] = []
        for binding in keymap.bindings(in: context) + keymap.bindings(in: Keymap.globalContext) where !seen.contains(binding.chord) {
            seen.insert(binding.chord)
            rows.append((binding.chord.description, Action(rawValue: binding.action)?.label ?? binding.action))
        }
        return rows
    }

    func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = entries
        let grammar = context == "sale" ? SaleCommand.grammar : []
        let width = min(area.width, 64)
        let height = min(area.height, rows.count / 2 + rows.count % 2 + grammar.count + 4)
        let box = area.centered(width: width, height: height)
        Block(title: "Keys — \(title) (any key closes)", border: .rounded, styleKey: "dialog", borderKey: "dialog.border",
              titleKey: "dialog.title").render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let column = inner.width / 2
        for (index, row) in rows.enumerated() {
            let x = inner.x + (index % 2) * column
            let y = inner.y + index / 2
            guard y < inner.maxY else { break }
            let end = buffer.write(row.key, x: x, y: y, style: theme.style("hint.key"), clip: inner)
            _ = buffer.write(" " + row.label, x: end, y: y, style: theme.style("dialog"), clip: Rect(x: x, y: y, width: column - 1, height: 1))
        }
        var y = inner.y + rows.count / 2 + rows.count % 2 + 1
        for line in grammar where y < inner.maxY {
            _ = buffer.write(line, x: inner.x, y: y, style: theme.style("muted"), clip: inner)
            y += 1
        }
    }
}
