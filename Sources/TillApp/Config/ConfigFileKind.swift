/// The kinds of configuration file Till ships and checks.
public enum ConfigFileKind: String, CaseIterable, Sendable {
    case theme = "themes"
    case keymap = "keymaps"
    case printer = "printers"
    case exercise = "exercises"

    /// The kind a path names by its folder (`themes/neon.toml`), or nil when the folder says nothing.
    public init?(path: String) {
        let folders = path.split(separator: "/").dropLast()
        guard let kind = folders.reversed().lazy.compactMap({ ConfigFileKind(rawValue: String($0)) }).first else { return nil }
        self = kind
    }
}
