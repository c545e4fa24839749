/// What is wrong with a theme, with the key path inside the file so the loader can add file and line.
public enum ThemeError: Error, Hashable, CustomStringConvertible {
    /// A colour that is neither a palette name nor a colour literal, at `keyPath`
    /// (`styles."cart.total".fg` or `palette.accent`).
    case unknownColor(theme: String, keyPath: String, value: String)
    /// A modifier name that is not an attribute TermUI knows.
    case unknownModifier(theme: String, keyPath: String, value: String)
    /// `inherits` names a theme that was not handed in.
    case unknownParent(theme: String, parent: String)
    /// Themes that inherit from each other in a loop, in the order followed.
    case inheritanceCycle([String])

    /// The key path inside the theme file the error is about.
    public var keyPath: String {
        switch self {
        case .unknownColor(_, let keyPath, _), .unknownModifier(_, let keyPath, _): keyPath
        case .unknownParent, .inheritanceCycle: "inherits"
        }
    }

    public var description: String {
        switch self {
        case .unknownColor(let theme, let keyPath, let value):
            "theme \"\(theme)\": \(keyPath): unknown colour \"\(value)\""
                + " (use a palette name, an ANSI name, 0–255 or #rrggbb)"
        case .unknownModifier(let theme, let keyPath, let value):
            "theme \"\(theme)\": \(keyPath): unknown modifier \"\(value)\" (use bold, dim, underline or reverse)"
        case .unknownParent(let theme, let parent):
            "theme \"\(theme)\": inherits: no theme named \"\(parent)\""
        case .inheritanceCycle(let names):
            "theme \"\(names.first ?? "")\": inherits: cycle \(names.joined(separator: " → "))"
        }
    }

    /// A TOML-style key path: dotted keys are quoted so `cart.total` reads as one key.
    static func path(_ table: String, _ key: String, _ field: String? = nil) -> String {
        let quoted = key.contains(".") || key.contains(" ") || key.isEmpty ? "\"\(key)\"" : key
        return [table, quoted, field].compactMap { $0 }.joined(separator: ".")
    }
}
