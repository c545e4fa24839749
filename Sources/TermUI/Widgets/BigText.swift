/// Digits five rows tall, for the one figure a cashier must read from a step away: the change due.
///
/// Covers 0–9, `.`, `,`, `-` and space; other characters are left blank. Style key: `styleKey`.
public struct BigText: Widget, Sendable, Hashable {
    public var text: String
    public var styleKey: String

    public init(_ text: String, styleKey: String = "big") {
        self.text = text
        self.styleKey = styleKey
    }

    /// Rows of every glyph.
    public static let height = 5

    /// Columns the text takes, one blank column between glyphs.
    public var width: Int {
        let glyphs = text.map(Self.glyph)
        return glyphs.reduce(0) { $0 + ($1.first?.count ?? 0) } + max(0, glyphs.count - 1)
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let style = theme.style(styleKey)
        var x = area.x
        for glyph in text.map(Self.glyph) {
            for (row, line) in glyph.enumerated() where row < area.height {
                _ = buffer.write(line, x: x, y: area.y + row, style: style, clip: area)
            }
            x += (glyph.first?.count ?? 0) + 1
        }
    }

    private static func glyph(_ character: Character) -> [String] {
        switch character {
        case "0": ["███", "█ █", "█ █", "█ █", "███"]
        case "1": [" █ ", "██ ", " █ ", " █ ", "███"]
        case "2": ["███", "  █", "███", "█  ", "███"]
        case "3": ["███", "  █", "███", "  █", "███"]
        case "4": ["█ █", "█ █", "███", "  █", "  █"]
        case "5": ["███", "█  ", "███", "  █", "███"]
        case "6": ["███", "█  ", "███", "█ █", "███"]
        case "7": ["███", "  █", "  █", "  █", "  █"]
        case "8": ["███", "█ █", "███", "█ █", "███"]
        case "9": ["███", "█ █", "███", "  █", "███"]
        case ".", ",": [" ", " ", " ", " ", "█"]
        case "-": ["   ", "   ", "███", "   ", "   "]
        default: ["   ", "   ", "   ", "   ", "   "]
        }
    }
}
