public import TermUI
public import TillDevices
public import TillCore
import Foundation

/// Finds the folder that holds the shipped `themes/`, `keymaps/`, `printers/` and `exercises/`.
///
/// `$TILL_SHARE_DIR` wins; otherwise the nearest folder above the executable that has both (a
/// source checkout running `.build/debug/till`), then the usual install prefixes.
public struct ShareDirectory: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public static func locate(environment: [String: String], executable: String) -> ShareDirectory? {
        if let explicit = environment["TILL_SHARE_DIR"] { return ShareDirectory(path: explicit) }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            if holdsConfig(folder.path) { return ShareDirectory(path: folder.path) }
            folder.deleteLastPathComponent()
        }
        return ["/usr/local/share/till", "/usr/share/till"].first(where: holdsConfig).map(ShareDirectory.init)
    }

    /// The `.toml` files of one kind, sorted.
    public func files(_ kind: ConfigFileKind) -> [String] {
        let folder = (path as NSString).appendingPathComponent(kind.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }

    /// The theme called `name`, built from the shipped theme files.
    public func theme(named name: String) throws -> Theme {
        var sources: [String: ThemeSource] = [:]
        for file in files(.theme) {
            let source = try ThemeFile.parse(try String(contentsOfFile: file, encoding: .utf8), file: file)
            sources[source.name] = source
        }
        return try Theme.resolve(name, in: sources)
    }

    /// The keymap called `name` from `keymaps/NAME.toml`; "default" without a file is the built-in one.
    public func keymap(named name: String) throws -> Keymap {
        let file = (path as NSString).appendingPathComponent("\(ConfigFileKind.keymap.rawValue)/\(name).toml")
        guard FileManager.default.fileExists(atPath: file) else {
            if name == "default" { return try DefaultKeymap.keymap() }
            throw ConfigProblem(file: file, line: 0, keyPath: "", message: "no keymap called \(name)")
        }
        return try Keymap(entries: try KeymapFile.entries(try String(contentsOfFile: file, encoding: .utf8), file: file),
                          knownActions: Action.names)
    }

    /// The printer profile called `name`: a file `printers/NAME.toml`, else a built-in one.
    public func printerProfile(named name: String) throws(ConfigProblem) -> PrinterProfile {
        let file = (path as NSString).appendingPathComponent("\(ConfigFileKind.printer.rawValue)/\(name).toml")
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            return try PrinterProfileFile.builtIn(named: name, lookedFor: file)
        }
        return try PrinterProfileFile.parse(text, file: file)
    }

    /// The shipped training exercises, in file-name order.
    public func exercises() throws(ConfigProblem) -> [Exercise] {
        var exercises: [Exercise] = []
        for file in files(.exercise) {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ConfigProblem(file: file, line: 0, keyPath: "", message: "cannot be read")
            }
            exercises.append(try ExerciseFile.parse(text, file: file))
        }
        return exercises
    }

    private static func holdsConfig(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return ConfigFileKind.allCases.allSatisfy {
            FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent($0.rawValue), isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}
