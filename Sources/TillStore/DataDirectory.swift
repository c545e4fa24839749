public import Foundation

/// Where this terminal keeps its database and settings, resolved the same way by every command.
///
/// Precedence: an explicit `--data-dir`, then `$TILL_DATA_DIR`, then `$XDG_DATA_HOME/till`, then
/// `~/.local/share/till` (the XDG base-directory default). The environment is a parameter, so the
/// rules are tested without touching the real one.
public struct DataDirectory: Equatable, Sendable {
    /// The directory itself.
    public let url: URL

    /// Uses `url` as given (made absolute and standardized), always marked as a directory.
    public init(url: URL) {
        self.url = URL(filePath: url.standardizedFileURL.path(percentEncoded: false), directoryHint: .isDirectory)
    }

    /// The terminal's one SQLite database.
    public var databaseURL: URL { url.appending(path: "till.sqlite", directoryHint: .notDirectory) }

    /// The terminal's settings file.
    public var settingsURL: URL { url.appending(path: "till.toml", directoryHint: .notDirectory) }

    /// Picks the directory by precedence; empty values count as unset, and a relative
    /// `$XDG_DATA_HOME` is ignored as the XDG specification requires.
    public static func resolve(
        explicit: String?, environment: [String: String]
    ) throws(StoreError) -> DataDirectory {
        if let explicit = nonEmpty(explicit) {
            return DataDirectory(url: URL(filePath: explicit))
        }
        if let tillDir = nonEmpty(environment["TILL_DATA_DIR"]) {
            return DataDirectory(url: URL(filePath: tillDir))
        }
        if let xdg = nonEmpty(environment["XDG_DATA_HOME"]), xdg.hasPrefix("/") {
            return DataDirectory(url: URL(filePath: xdg).appending(path: "till"))
        }
        guard let home = nonEmpty(environment["HOME"]) else {
            throw .noDataDirectory
        }
        return DataDirectory(url: URL(filePath: home).appending(path: ".local/share/till"))
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
