import Foundation

/// A fresh directory under /tmp for one test's files, removed by the test when done.
struct TemporaryDirectory {
    let path: String

    init() throws {
        var template = Array("/tmp/till-transport-XXXXXX".utf8CString)
        guard let created = mkdtemp(&template) else { throw SystemCallError.current }
        path = String(cString: created)
    }

    /// Writes a file with the given bytes and permission bits.
    func create(_ path: String, contents: [UInt8], mode: Int = 0o644) throws {
        try Data(contents).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    /// The bytes in a file, or nothing when it does not exist.
    func contents(of path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { Array($0) } ?? []
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
