/// A theme as its file states it, before colours are checked, so the loader can hand TermUI plain
/// values and TermUI stays free of any file format.
///
/// It mirrors a Helix-style TOML theme: `inherits`, a `[palette]` of named colours, and style
/// entries under dotted semantic keys.
///
/// ```toml
/// inherits = "default"
/// [palette]
/// warn = "#ffaf00"
/// [styles]
/// "cart.total" = { fg = "warn", modifiers = ["bold"] }
/// ```
public struct ThemeSource: Sendable, Hashable {
    public var name: String
    /// The theme whose palette and styles this one starts from.
    public var inherits: String?
    /// Colour names usable in styles, each mapped to a colour (`"#ffaf00"`, `"red"`, `"208"`).
    public var palette: [String: String]
    /// Style specifications under dotted keys such as `"cart.total"`.
    public var styles: [String: StyleSpec]

    public init(
        name: String, inherits: String? = nil, palette: [String: String] = [:], styles: [String: StyleSpec] = [:]
    ) {
        self.name = name
        self.inherits = inherits
        self.palette = palette
        self.styles = styles
    }
}
