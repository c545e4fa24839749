/// Finds the line each key of a TOML file is on, since the TOML parser reports positions only for
/// syntax errors and a person needs a line number for every mistake.
///
/// It reads table headers (`[sale]`, `["cart.total"]`) and `key = value` lines; keys inside inline
/// tables are reported at the line of the key that holds them.
struct KeyLocator {
    private var lines: [[String]: Int] = [:]

    init(text: String) {
        var table: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Substring(raw.trimmingCharacters(in: " \t\r"))
            if line.hasPrefix("[") {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.keyPath(inner)
                lines[table] = lines[table] ?? index + 1
            } else if let equals = Self.firstUnquoted("=", in: line) {
                let path = table + Self.keyPath(line[..<equals])
                lines[path] = lines[path] ?? index + 1
            }
        }
    }

    /// The line of `path` (or of its nearest enclosing key), 0 when none is found.
    func line(of path: [String]) -> Int {
        var path = path
        while !path.isEmpty {
            if let line = lines[path] { return line }
            path.removeLast()
        }
        return 0
    }

    /// Splits a possibly dotted, possibly quoted key into its parts.
    static func keyPath<S: StringProtocol>(_ text: S) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            switch (quote, character) {
            case (nil, "\""), (nil, "'"): quote = character
            case (let open?, _) where character == open: quote = nil
            case (nil, "."): parts.append(current.trimmingCharacters(in: " \t")); current = ""
            default: current.append(character)
            }
        }
        parts.append(quote == nil ? current.trimmingCharacters(in: " \t") : current)
        return parts
    }

    static func firstUnquoted(_ target: Character, in text: Substring) -> Substring.Index? {
        var quote: Character?
        for index in text.indices {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                return nil
            } else if character == target {
                return index
            }
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        let start = firstIndex { !set.contains($0) } ?? endIndex
        let end = lastIndex { !set.contains($0) }.map { index(after: $0) } ?? start
        return String(self[start..<end])
    }
}
