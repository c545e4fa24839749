import TOMLKit

/// A parsed configuration file: its values, plus where each key is, for messages with line numbers.
struct ConfigDocument {
    let file: String
    let root: TOMLTable
    let locator: KeyLocator

    /// Parses `text`; a syntax error becomes a problem at its line, and so does a missing or wrong `version`.
    init(file: String, text: String) throws(ConfigProblem) {
        self.file = file
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigProblem(file: file, line: error.source.begin.line, keyPath: "", message: error.description)
        } catch {
            throw ConfigProblem(file: file, line: 0, keyPath: "", message: "\(error)")
        }
        locator = KeyLocator(text: text)
        guard let version = root["version"]?.int else {
            throw problem(["version"], "missing `version = 1` (every Till file states its format version)")
        }
        guard version == 1 else { throw problem(["version"], "version \(version) is not supported; this Till reads version 1") }
    }

    /// A problem at the line of `path`.
    func problem(_ path: [String], _ message: String) -> ConfigProblem {
        ConfigProblem(file: file, line: locator.line(of: path), keyPath: Self.render(path), message: message)
    }

    /// `styles."cart.total".fg`: parts with dots or spaces are quoted, as TOML would.
    static func render(_ path: [String]) -> String {
        path.map { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ? $0 : "\"\($0)\"" }
            .joined(separator: ".")
    }
}
