public import TermUI
import TOMLKit

/// Reads a keymap file (`keymaps/*.toml`): one table per context, `chord = "action"` in each.
public enum KeymapFile {
    /// The file's entries with the line each is on, ready for `Keymap(entries:knownActions:)`.
    public static func entries(_ text: String, file: String) throws(ConfigProblem) -> [Keymap.Entry] {
        let document = try ConfigDocument(file: file, text: text)
        var entries: [Keymap.Entry] = []
        for context in document.root.keys.sorted() where context != "version" && context != "name" {
            guard let table = document.root[context]?.table else {
                throw document.problem([context], "must be a table of key = \"action\" lines")
            }
            for chord in table.keys {
                guard let action = table[chord]?.string else {
                    throw document.problem([context, chord], "the action must be a name in quotes")
                }
                entries.append(Keymap.Entry(context: context, chord: chord, action: action,
                                            location: SourceLocation(file: file, line: document.locator.line(of: [context, chord]))))
            }
        }
        return entries.sorted { $0.location.line < $1.location.line }
    }

    /// Writes entries out as a keymap file, grouped by context in the order given.
    public static func render(_ tables: [(context: String, bindings: [(chord: String, action: String)])]) -> String {
        var text = "# Till keymap: chord = \"action\" per screen; [global] applies everywhere unless a screen rebinds the key.\nversion = 1\n"
        for table in tables {
            text += "\n[\(table.context)]\n"
            for binding in table.bindings {
                text += "\(ConfigDocument.render([binding.chord])) = \"\(binding.action)\"\n"
            }
        }
        return text
    }
}
