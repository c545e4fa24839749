import TermUI

/// The keys that work on the current screen, read from the active keymap, so a remapped key shows as remapped.
struct HelpOverlay: Widget {
    let keymap: Keymap
    let context: String
    let title: String
    /// Actions that do nothing here now (a check's keys on a counter sale), left out.
    var hidden: Set<Action> = []

    /// (key, action label) for the screen's own bindings, then the global ones it does not rebind.
    var entries: [(key: String, label: String)] {
        var seen = Set<KeyChord>()
        var rows: [(String, String)] = []
        for binding in keymap.bindings(in: context) + keymap.bindings(in: Keymap.globalContext) where !seen.contains(binding.chord) {
            seen.insert(binding.chord)
            if let action = Action(rawValue: binding.action), hidden.contains(action) { continue }
            rows.append((binding.chord.description, Action(rawValue: binding.action)?.label ?? binding.action))
        }
        return rows
    }

    func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = entries
        let grammar = context == "sale" ? SaleCommand.grammar : []
        // Three columns when two would not fit the keys and the grammar on the screen.
        let columns = rows.count / 2 + grammar.count + 4 > area.height ? 3 : 2
        let lines = (rows.count + columns - 1) / columns
        let width = min(area.width, columns == 3 ? 78 : 64)
        let height = min(area.height, lines + grammar.count + 4)
        let box = area.centered(width: width, height: height)
        Block(title: "Keys — \(title) (any key closes)", border: .rounded, styleKey: "dialog", borderKey: "dialog.border",
              titleKey: "dialog.title").render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let column = inner.width / columns
        for (index, row) in rows.enumerated() {
            let x = inner.x + (index % columns) * column
            let y = inner.y + index / columns
            guard y < inner.maxY else { break }
            let end = buffer.write(row.key, x: x, y: y, style: theme.style("hint.key"), clip: inner)
            _ = buffer.write(" " + row.label, x: end, y: y, style: theme.style("dialog"), clip: Rect(x: x, y: y, width: column - 1, height: 1))
        }
        var y = inner.y + lines + 1
        for line in grammar where y < inner.maxY {
            _ = buffer.write(line, x: inner.x, y: y, style: theme.style("muted"), clip: inner)
            y += 1
        }
    }
}
