public import TermUI
import TOMLKit

/// Reads a theme file (`themes/*.toml`) into TermUI's plain `ThemeSource`.
public enum ThemeFile {
    /// The theme in `text`; its name is the file name without `.toml` unless it states one.
    public static func parse(_ text: String, file: String) throws(ConfigProblem) -> ThemeSource {
        let document = try ConfigDocument(file: file, text: text)
        let known: Set<String> = ["version", "name", "inherits", "palette", "styles"]
        if let stray = document.root.keys.sorted().first(where: { !known.contains($0) }) {
            throw document.problem([stray], "unknown key (a theme has name, inherits, [palette] and [styles])")
        }
        var source = ThemeSource(name: document.root["name"]?.string ?? Self.baseName(file))
        source.inherits = document.root["inherits"]?.string
        if let palette = document.root["palette"] {
            guard let table = palette.table else { throw document.problem(["palette"], "must be a table of colours") }
            for key in table.keys {
                guard let colour = table[key]?.string else { throw document.problem(["palette", key], "must be a colour string") }
                source.palette[key] = colour
            }
        }
        if let styles = document.root["styles"] {
            guard let table = styles.table else { throw document.problem(["styles"], "must be a table of styles") }
            for key in table.keys {
                source.styles[key] = try style(table[key], path: ["styles", key], in: document)
            }
        }
        return source
    }

    private static func style(_ value: (any TOMLValueConvertible)?, path: [String], in document: ConfigDocument) throws(ConfigProblem) -> StyleSpec {
        if let colour = value?.string { return StyleSpec(fg: colour) }
        guard let table = value?.table else {
            throw document.problem(path, "must be a colour or { fg = …, bg = …, modifiers = […] }")
        }
        if let stray = table.keys.sorted().first(where: { !["fg", "bg", "modifiers"].contains($0) }) {
            throw document.problem(path + [stray], "unknown key (use fg, bg and modifiers)")
        }
        var spec = StyleSpec(fg: table["fg"]?.string, bg: table["bg"]?.string)
        if let modifiers = table["modifiers"] {
            guard let array = modifiers.array else { throw document.problem(path + ["modifiers"], "must be a list of names") }
            for item in array {
                guard let name = item.string else { throw document.problem(path + ["modifiers"], "must be a list of names") }
                spec.modifiers.append(name)
            }
        }
        return spec
    }

    static func baseName(_ file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.hasSuffix(".toml") ? String(last.dropLast(5)) : last
    }
}
