/// The function-key line ("F2 Pay  F3 Void …") generated from the keymap, so the hints always match
/// the keys that work on this screen.
///
/// Each item names an action and its label; the first chord bound to the action in the context
/// (or globally) is shown, and actions without a key are left out. Items that do not fit whole are
/// dropped rather than cut. Styles: `styleKey`, `.key`, `.label`.
public struct KeyHintBar: Widget, Sendable, Hashable {
    /// An action to advertise and the short label for it.
    public struct Item: Sendable, Hashable {
        public var action: String
        public var label: String

        public init(action: String, label: String) {
            self.action = action
            self.label = label
        }
    }

    public var keymap: Keymap
    public var context: String
    public var items: [Item]
    public var styleKey: String

    public init(keymap: Keymap, context: String, items: [Item], styleKey: String = "hint") {
        self.keymap = keymap
        self.context = context
        self.items = items
        self.styleKey = styleKey
    }

    /// The (key, label) pairs shown, in order, before fitting to a width.
    public var hints: [(key: String, label: String)] {
        items.compactMap { item in
            keymap.chords(for: item.action, in: context).first.map { (key: $0.description, label: item.label) }
        }
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let line = area.row(0)
        guard !line.isEmpty else { return }
        buffer.fill(line, with: Cell(" ", style: theme.style(styleKey)))
        var x = line.x
        for (index, hint) in hints.enumerated() {
            let gap = index == 0 ? 0 : 2
            let width = hint.key.displayWidth + 1 + hint.label.displayWidth
            guard x + gap + width <= line.maxX else { break }
            x += gap
            x = buffer.write(hint.key, x: x, y: line.y, style: theme.style(styleKey + ".key"), clip: line)
            x = buffer.write(" " + hint.label, x: x, y: line.y, style: theme.style(styleKey + ".label"), clip: line)
        }
    }
}
