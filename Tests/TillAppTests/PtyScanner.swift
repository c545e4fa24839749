import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A pseudo-terminal standing in for a serial device: the till opens `path`, the test plays the
/// device on the controlling side.
final class Pty: Sendable {
    /// The port the till opens, such as `/dev/pts/4`.
    let path: String
    let controller: Int32
    private let port: Int32

    init() throws {
        var controller: Int32 = 0
        var port: Int32 = 0
        var name = [CChar](repeating: 0, count: 4096)
        guard openpty(&controller, &port, &name, nil, nil) == 0 else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "openpty: \(String(cString: strerror(errno)))"])
        }
        self.controller = controller
        self.port = port
        path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        close(controller)
        close(port)
    }

    /// Sends bytes as the device would.
    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
    }
}

/// A serial scanner played on a pseudo-terminal: each scan written here arrives at the till's port
/// as the scanner would send it.
final class PtyScanner {
    private let pty: Pty
    /// The port the till opens.
    var path: String { pty.path }

    init() throws {
        pty = try Pty()
    }

    /// Sends `code` and the scanner's CR terminator.
    func scan(_ code: String) {
        pty.send(Array((code + "\r").utf8))
    }
}

/// Sets `key` in the data directory's till.toml to `value` (a TOML value), where the file has it
/// set or shows it commented out as an example.
func setSetting(_ key: String, to value: String, in folder: URL) throws {
    let file = folder.appending(path: "till.toml")
    var found = false
    let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map { line in
        guard !found, line.hasPrefix("\(key) = ") || line.hasPrefix("# \(key) = ") else { return String(line) }
        found = true
        return "\(key) = \(value)"
    }
    guard found else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "till.toml has no \(key)"]) }
    try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
}
