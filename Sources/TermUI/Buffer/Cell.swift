/// One terminal column of a frame: what is drawn there and how it looks.
///
/// A wide character (CJK, emoji) occupies its own cell, with `width == 2`, and the cell to its right,
/// a continuation with `width == 0` that holds no symbol of its own. Backends draw the wide cell and
/// skip its continuation.
public struct Cell: Sendable, Hashable {
    var grapheme: PackedGrapheme
    public var style: Style
    /// Columns this cell's symbol occupies: 1, 2 for the left half of a wide character, 0 for the
    /// right half.
    public internal(set) var width: UInt8

    /// A cell showing `symbol` in `style`; the width is derived from the symbol.
    public init(_ symbol: Character = " ", style: Style = .plain) {
        self.grapheme = PackedGrapheme(symbol)
        self.style = style
        self.width = UInt8(min(2, max(1, DisplayWidth.of(symbol))))
    }

    init(grapheme: PackedGrapheme, style: Style, width: UInt8) {
        self.grapheme = grapheme
        self.style = style
        self.width = width
    }

    /// What is drawn in this cell; a space for the right half of a wide character.
    public var symbol: Character { grapheme.character }

    /// An empty cell in the terminal's own colours.
    public static let blank = Cell()

    /// Whether this is the right half of a wide character drawn by the cell to its left.
    public var isContinuation: Bool { width == 0 }

    /// The right half of a wide character in `style`.
    static func continuation(style: Style) -> Cell {
        Cell(grapheme: .space, style: style, width: 0)
    }
}
