/// Resolved styles under semantic dotted keys, so screens ask for `"cart.total"` and never name a
/// colour.
///
/// Lookup uses the longest matching prefix: `"cart.total.label"` falls back to `"cart.total"`, then
/// `"cart"`, then the `"default"` style, then ``Style/plain``. A style that leaves a colour out takes
/// the `"default"` style's colour. A theme that inherits starts from its parent's palette and styles;
/// its own entries replace the parent's key by key, and the parent's styles are resolved again
/// against the merged palette (Helix semantics).
///
/// ```swift
/// let theme = try Theme.resolve("dark", in: sources).adapted(to: .ansi16)
/// buffer.write("12.50", x: 10, y: 3, style: theme.style("cart.total"))
/// ```
public struct Theme: Sendable, Hashable {
    /// The key whose style every lookup ends at and whose colours fill unset ones.
    public static let defaultKey = "default"

    public let name: String
    /// The colour limit the styles were brought down to; nil while they are exact.
    public private(set) var capability: ColorCapability?
    private let palette: [String: String]
    private let specs: [String: StyleSpec]
    private var styles: [String: Style]

    /// Builds a theme from `source`, on top of `parent` when given.
    ///
    /// - Throws: ``ThemeError`` naming the key path of the first bad colour or modifier.
    public init(_ source: ThemeSource, parent: Theme? = nil) throws(ThemeError) {
        name = source.name
        palette = (parent?.palette ?? [:]).merging(source.palette) { _, child in child }
        specs = (parent?.specs ?? [:]).merging(source.styles) { _, child in child }
        capability = nil
        styles = [:]
        for key in source.palette.keys.sorted() {
            let value = source.palette[key] ?? ""
            guard Color(value) != nil else {
                throw .unknownColor(theme: name, keyPath: ThemeError.path("palette", key), value: value)
            }
        }
        for (key, style) in parent?.styles ?? [:] where specs[key] == nil {
            styles[key] = style
        }
        let base =
            try specs[Theme.defaultKey].map { spec throws(ThemeError) in
                try resolve(spec, key: Theme.defaultKey, base: .plain)
            } ?? styles[Theme.defaultKey] ?? .plain
        styles[Theme.defaultKey] = base
        for key in specs.keys.sorted() where key != Theme.defaultKey {
            styles[key] = try resolve(specs[key] ?? StyleSpec(), key: key, base: base)
        }
    }

    /// A theme of ready-made styles, for built-in themes and tests; it can be a parent like any other.
    public init(name: String, styles: [String: Style]) {
        self.name = name
        self.capability = nil
        self.palette = [:]
        self.specs = [:]
        self.styles = styles
    }

    /// Builds the theme called `name` out of `sources` (theme name → source), following `inherits`.
    ///
    /// - Throws: ``ThemeError`` for an unknown parent, a cycle or a bad entry anywhere in the chain.
    public static func resolve(_ name: String, in sources: [String: ThemeSource]) throws(ThemeError) -> Theme {
        var chain: [ThemeSource] = []
        var next: String? = name
        while let current = next {
            if chain.contains(where: { $0.name == current }) {
                throw .inheritanceCycle(chain.map(\.name) + [current])
            }
            guard let source = sources[current] else {
                throw .unknownParent(theme: chain.last?.name ?? current, parent: current)
            }
            chain.append(source)
            next = source.inherits
        }
        var theme: Theme?
        for source in chain.reversed() {
            theme = try Theme(source, parent: theme)
        }
        guard let theme else { throw .unknownParent(theme: name, parent: name) }
        return theme
    }

    /// The style for `key`, by longest matching prefix (see the type's discussion).
    public func style(_ key: String) -> Style {
        var candidate = Substring(key)
        while true {
            if let style = styles[String(candidate)] { return style }
            guard let dot = candidate.lastIndex(of: ".") else { break }
            candidate = candidate[..<dot]
        }
        return styles[Theme.defaultKey] ?? .plain
    }

    /// Every key the theme defines a style for, sorted (for `till config check` and help).
    public var keys: [String] { styles.keys.sorted() }

    /// This theme with every colour brought down to what the terminal can show.
    ///
    /// On a monochrome terminal, a style whose background differs from the default style's turns
    /// reverse video, so selections and status banners stay visible without colour.
    public func adapted(to capability: ColorCapability) -> Theme {
        var copy = self
        copy.capability = capability
        let baseBackground = styles[Theme.defaultKey]?.background ?? .default
        for (key, style) in styles {
            var mapped = style.mapped(to: capability)
            if capability == .mono && style.background != baseBackground {
                mapped.attributes.insert(.reverse)
            }
            copy.styles[key] = mapped
        }
        return copy
    }

    private func resolve(_ spec: StyleSpec, key: String, base: Style) throws(ThemeError) -> Style {
        var style = base
        style.attributes = []
        if let fg = spec.fg {
            style.foreground = try color(fg, keyPath: ThemeError.path("styles", key, "fg"))
        }
        if let bg = spec.bg {
            style.background = try color(bg, keyPath: ThemeError.path("styles", key, "bg"))
        }
        for modifier in spec.modifiers {
            guard let attribute = TextAttributes(name: modifier) else {
                let keyPath = ThemeError.path("styles", key, "modifiers")
                throw .unknownModifier(theme: name, keyPath: keyPath, value: modifier)
            }
            style.attributes.insert(attribute)
        }
        return style
    }

    private func color(_ value: String, keyPath: String) throws(ThemeError) -> Color {
        if let named = palette[value], let color = Color(named) { return color }
        guard let color = Color(value) else { throw .unknownColor(theme: name, keyPath: keyPath, value: value) }
        return color
    }
}
