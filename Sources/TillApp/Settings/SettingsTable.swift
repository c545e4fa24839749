import TOMLKit

/// One table of a settings file, read key by key so every wrong or unknown key becomes a
/// `ConfigProblem` at its own line instead of a silent default.
struct SettingsTable {
    let document: ConfigDocument
    let path: [String]
    let table: TOMLTable

    /// Refuses keys the table does not define, first by line, so a typo is not ignored.
    func rejectUnknownKeys(_ known: [String]) throws(ConfigProblem) {
        let strays = table.keys.filter { !known.contains($0) }
            .sorted { document.locator.line(of: path + [$0]) < document.locator.line(of: path + [$1]) }
        guard let stray = strays.first else { return }
        let place = path.isEmpty ? "the top level" : "[\(ConfigDocument.render(path))]"
        throw document.problem(path + [stray], "unknown key (\(place) has \(known.joined(separator: ", ")))")
    }

    /// The sub-table `key`, nil when absent.
    func table(_ key: String) throws(ConfigProblem) -> SettingsTable? {
        guard let value = table[key] else { return nil }
        guard let inner = value.table else { throw document.problem(path + [key], "must be a table, written [\(key)]") }
        return SettingsTable(document: document, path: path + [key], table: inner)
    }

    func string(_ key: SettingsKey) throws(ConfigProblem) -> String? {
        try value(key, "must be text in quotes") { $0.string }
    }

    func int(_ key: SettingsKey) throws(ConfigProblem) -> Int? {
        try value(key, "must be a whole number") { $0.int }
    }

    func strings(_ key: SettingsKey) throws(ConfigProblem) -> [String]? {
        try value(key, "must be a list of texts in quotes, such as [\"coffee\", \"bakery\"]") { raw in
            guard let array = raw.array else { return nil }
            let texts = array.compactMap(\.string)
            return texts.count == array.count ? texts : nil
        }
    }

    /// An inline table of texts by name, such as `{ drinks = "bar" }`; empty when absent.
    func texts(_ key: SettingsKey) throws(ConfigProblem) -> [String: String] {
        guard let raw = table[key.name] else { return [:] }
        guard let inline = raw.table else { throw document.problem(key.path, "must be a table of texts, such as { drinks = \"bar\" }") }
        var texts: [String: String] = [:]
        for name in inline.keys {
            guard let text = inline[name]?.string else { throw document.problem(key.path + [name], "must be text in quotes") }
            texts[name] = text
        }
        return texts
    }

    func bool(_ key: SettingsKey) throws(ConfigProblem) -> Bool? {
        try value(key, "must be true or false") { $0.bool }
    }

    /// One of an enum's raw values, so the message can list the choices.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: SettingsKey, _: Choice.Type) throws(ConfigProblem) -> Choice?
    where Choice.RawValue == String {
        let choices = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        guard let text = try string(key) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            throw document.problem(key.path, "\"\(text)\" is not one of \(choices)")
        }
        return choice
    }

    /// `value`, or a problem saying the key is missing and what it is for.
    func required<Value>(_ value: Value?, _ key: SettingsKey, _ purpose: String) throws(ConfigProblem) -> Value {
        guard let value else { throw document.problem(key.path, "missing; \(purpose)") }
        return value
    }

    private func value<Value>(
        _ key: SettingsKey, _ expectation: String, _ convert: (any TOMLValueConvertible) -> Value?
    ) throws(ConfigProblem) -> Value? {
        guard let raw = table[key.name] else { return nil }
        guard let value = convert(raw) else { throw document.problem(key.path, expectation) }
        return value
    }
}
