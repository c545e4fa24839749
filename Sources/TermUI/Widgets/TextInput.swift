/// A one-line text field with a cursor, editing keys, history and masking: quantities, searches,
/// PINs.
///
/// The field is a value the screen keeps; ``handle(_:)`` applies a key and says whether it was an
/// editing key. Rendering scrolls horizontally so the cursor stays visible and places the terminal
/// cursor through ``Buffer/cursor``. A masked field shows `•` per character and never records
/// history. Styles: `styleKey`, `.placeholder`.
public struct TextInput: Widget, Sendable, Hashable {
    /// The text, one element per character, so the cursor moves by whole characters.
    private var characters: [Character]
    /// The cursor's position as a character index, `0...text.count`.
    public private(set) var cursor: Int
    public var isMasked: Bool
    public var maskCharacter: Character
    /// Text shown dimmed while the field is empty.
    public var placeholder: String
    /// The most characters the field accepts; nil for no limit.
    public var maxLength: Int?
    /// Earlier entries, oldest first.
    public private(set) var history: [String]
    public var styleKey: String
    private var historyIndex: Int?
    private var draft: [Character] = []

    public init(
        text: String = "", placeholder: String = "", isMasked: Bool = false, maskCharacter: Character = "•",
        maxLength: Int? = nil, history: [String] = [], styleKey: String = "input"
    ) {
        self.characters = Array(text)
        self.cursor = characters.count
        self.placeholder = placeholder
        self.isMasked = isMasked
        self.maskCharacter = maskCharacter
        self.maxLength = maxLength
        self.history = history
        self.styleKey = styleKey
    }

    public var text: String { String(characters) }

    /// Applies an editing key: printable characters, backspace, del, left, right, home, end
    /// (also C-a, C-e), C-u (clear), up and down (history).
    ///
    /// - Returns: Whether the key was an editing key; other keys are the screen's to handle.
    @discardableResult
    public mutating func handle(_ chord: KeyChord) -> Bool {
        switch (chord.key, chord.modifiers) {
        case (.character(let character), []): insert(String(character))
        case (.backspace, []): deleteBackward()
        case (.delete, []): deleteForward()
        case (.left, []): moveLeft()
        case (.right, []): moveRight()
        case (.home, []), (.character("a"), .control): moveToStart()
        case (.end, []), (.character("e"), .control): moveToEnd()
        case (.character("u"), .control): clear()
        case (.up, []): historyPrevious()
        case (.down, []): historyNext()
        default: return false
        }
        return true
    }

    /// Inserts `text` at the cursor, dropping control characters and what exceeds ``maxLength``.
    public mutating func insert(_ text: String) {
        var added = Array(text.filter { $0.displayWidth > 0 })
        if let maxLength {
            added = Array(added.prefix(max(0, maxLength - characters.count)))
        }
        characters.insert(contentsOf: added, at: cursor)
        cursor += added.count
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }

    /// Empties the field and leaves history browsing.
    public mutating func clear() {
        characters.removeAll()
        cursor = 0
        historyIndex = nil
    }

    /// Shows the previous history entry; the text being typed comes back after the newest.
    public mutating func historyPrevious() {
        guard !isMasked, !history.isEmpty else { return }
        if let index = historyIndex {
            historyIndex = max(0, index - 1)
        } else {
            draft = characters
            historyIndex = history.count - 1
        }
        showHistoryEntry()
    }

    /// Shows the next history entry, or the text being typed after the newest.
    public mutating func historyNext() {
        guard let index = historyIndex else { return }
        if index + 1 < history.count {
            historyIndex = index + 1
            showHistoryEntry()
        } else {
            historyIndex = nil
            characters = draft
            cursor = characters.count
        }
    }

    /// Returns the text and empties the field, recording the text in history unless it is masked,
    /// empty or the same as the newest entry.
    public mutating func commit() -> String {
        let committed = text
        if !isMasked, !committed.isEmpty, history.last != committed {
            history.append(committed)
        }
        clear()
        return committed
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let style = theme.style(styleKey)
        let line = area.row(0)
        buffer.fill(line, with: Cell(" ", style: style))
        guard !line.isEmpty else { return }
        if characters.isEmpty && !placeholder.isEmpty {
            buffer.write(placeholder, x: line.x, y: line.y, style: theme.style(styleKey + ".placeholder"), clip: line)
        }
        let shown = isMasked ? Array(repeating: maskCharacter, count: characters.count) : characters
        let widths = shown.map { $0.displayWidth }
        let cursorColumn = widths[..<cursor].reduce(0, +)
        let cursorWidth = cursor < widths.count ? widths[cursor] : 1
        var start = 0
        var skipped = 0
        while cursorColumn - skipped + cursorWidth > line.width, start < cursor {
            skipped += widths[start]
            start += 1
        }
        buffer.write(String(shown[start...]), x: line.x, y: line.y, style: style, clip: line)
        let x = line.x + cursorColumn - skipped
        buffer.cursor = x < line.maxX ? Position(x: x, y: line.y) : nil
    }

    private mutating func showHistoryEntry() {
        guard let index = historyIndex else { return }
        characters = Array(history[index])
        cursor = characters.count
    }
}
