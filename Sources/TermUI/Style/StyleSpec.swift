/// One style entry of a theme file: colours by palette name or literal, and attribute names.
///
/// A colour left out takes the theme's `"default"` style colour. A Helix-style plain string entry
/// (`"ui.text" = "white"`) is `StyleSpec(fg: "white")`.
public struct StyleSpec: Sendable, Hashable {
    public var fg: String?
    public var bg: String?
    /// Attribute names: `bold`, `dim`, `underline`, `reverse`.
    public var modifiers: [String]

    public init(fg: String? = nil, bg: String? = nil, modifiers: [String] = []) {
        self.fg = fg
        self.bg = bg
        self.modifiers = modifiers
    }
}
