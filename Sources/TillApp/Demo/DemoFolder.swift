#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TillStore

/// The demo store's folder, and the one safe way to (re)build it: in a staging folder beside it,
/// moved into place only once complete, so a failed or interrupted build never leaves half a store
/// and `--reset` deletes the old one only after the new one is ready.
struct DemoFolder {
    /// What is at the demo's path now.
    enum Content: Equatable {
        case nothing
        case emptyFolder
        /// A folder with `till.toml`: a store, built before.
        case store
        /// A folder with other things in it and no store.
        case otherFiles
    }

    let directory: DataDirectory

    private var path: String { directory.url.path(percentEncoded: false) }

    func content() throws(DemoError) -> Content {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .nothing }
        guard isFolder.boolValue else { throw .fileSystem(path: path, reason: "it is a file, not a folder") }
        if FileManager.default.fileExists(atPath: directory.settingsURL.path(percentEncoded: false)) { return .store }
        return try entries().isEmpty ? .emptyFolder : .otherFiles
    }

    /// Whether to build: not when a store is there and `reset` is off. `reset` deletes only a demo store.
    func needsBuilding(reset: Bool) throws(DemoError) -> Bool {
        switch try content() {
        case .nothing, .emptyFolder: return true
        case .store:
            guard reset else { return false }
            try requireDemoStore()
            return true
        case .otherFiles:
            throw reset ? .notADemoStore(path: path, reason: "it has no till.toml") : .folderInUse(path: path)
        }
    }

    /// A new, not yet created folder beside the demo's, for `StoreSetup` to build the store in.
    func staging() throws(DemoError) -> DataDirectory {
        let parent = directory.url.deletingLastPathComponent()
        try DemoError.storing { () throws(StoreError) in try DataDirectory(url: parent).create() }
        let name = ".\(directory.url.lastPathComponent).building-\(UUID().uuidString.lowercased())"
        return DataDirectory(url: parent.appending(path: name, directoryHint: .isDirectory))
    }

    /// Moves the finished store in `staging` to the demo's place, removing what was there (an empty
    /// folder, or the demo store `needsBuilding(reset:)` checked) only once the new store is in place.
    func install(_ staging: DataDirectory) throws(DemoError) {
        let built = staging.url.path(percentEncoded: false)
        guard try content() != .nothing else { return try move(built, to: path) }
        let old = built + ".old"
        try move(path, to: old)
        do {
            try move(built, to: path)
        } catch {
            try? move(old, to: path)
            throw error
        }
        discard(DataDirectory(url: URL(filePath: old)))
    }

    /// Removes a staging folder a failed build left, or the store a rebuild replaced; best effort,
    /// as the error worth showing is the one that stopped the build.
    func discard(_ folder: DataDirectory) {
        try? FileManager.default.removeItem(at: folder.url)
    }

    /// Refuses to delete anything but a demo store: its two files, no subfolders, and the demo's name in `till.toml`.
    private func requireDemoStore() throws(DemoError) {
        for entry in try entries() {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.url.appending(path: entry).path(percentEncoded: false), isDirectory: &isFolder),
               isFolder.boolValue {
                throw .notADemoStore(path: path, reason: "it holds the folder \(entry)")
            }
        }
        guard FileManager.default.fileExists(atPath: directory.databaseURL.path(percentEncoded: false)) else {
            throw .notADemoStore(path: path, reason: "it has no till.sqlite")
        }
        let settingsPath = directory.settingsURL.path(percentEncoded: false)
        guard let text = try? String(contentsOfFile: settingsPath, encoding: .utf8),
              let settings = try? TerminalSettingsFile.parse(text, file: settingsPath) else {
            throw .notADemoStore(path: path, reason: "its till.toml cannot be read")
        }
        guard settings.storeName == DemoStore.name else {
            throw .notADemoStore(path: path, reason: "its till.toml names the store \"\(settings.storeName)\"")
        }
    }

    private func entries() throws(DemoError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw .fileSystem(path: path, reason: "its contents cannot be read")
        }
    }

    private func move(_ source: String, to destination: String) throws(DemoError) {
        guard rename(source, destination) == 0 else {
            throw .fileSystem(path: destination, reason: "moving \(source) there failed: \(String(cString: strerror(errno)))")
        }
    }
}
