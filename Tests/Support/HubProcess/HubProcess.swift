public import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The real `till-hub` executable serving on a loopback port, with its database in a temporary
/// folder: sync and end-to-end tests talk to it over TCP exactly as a terminal would, and can kill it
/// with SIGKILL.
public final class HubProcess {
    public let folder: URL
    public let database: String
    public private(set) var port: Int = 0
    private var process: Process?

    public static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("till-hub")
    }

    public var url: String { "http://127.0.0.1:\(port)" }

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-hub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = folder.appendingPathComponent("hub.sqlite").path
        try start()
    }

    deinit {
        process?.terminate()
        process?.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts the hub on its port (a free one the first time) and waits until it accepts connections.
    public func start() throws {
        if port == 0 { port = try Self.freePort() }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--db", database, "--host", "127.0.0.1", "--port", "\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        let deadline = Date().addingTimeInterval(15)
        while !Self.accepts(port: port) {
            guard Date() < deadline, process.isRunning else { throw HubProcessError("till-hub serve did not start on port \(port)") }
            usleep(20_000)
        }
    }

    /// Kills the hub at once (SIGKILL: no clean shutdown, as when the machine loses power).
    public func kill() {
        guard let process else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// Runs a `till-hub` command against this hub's database and returns what it printed.
    @discardableResult
    public func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments + ["--db", database]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw HubProcessError("till-hub \(arguments.joined(separator: " ")): \(text)") }
        return text
    }

    /// A one-time pairing code for a terminal, from `till-hub pair`.
    public func pairingCode(store: String, terminal: String) throws -> String {
        let printed = try run(["pair", "--store", store, "--terminal", terminal])
        let words = printed.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard let code = words.first(where: { $0.count == 8 && $0.allSatisfy { $0.isUppercase || $0.isNumber } }) else {
            throw HubProcessError("no pairing code in: \(printed)")
        }
        return code
    }

    /// Publishes a catalog CSV to the store with `till-hub catalog import`.
    public func importCatalog(_ csv: String, store: String) throws {
        let file = folder.appendingPathComponent("catalog-\(UUID().uuidString).csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        try run(["catalog", "import", file.path, "--store", store])
    }

    /// How many events of `kind` the hub applied, read from its database.
    public func eventCount(kind: String) throws -> Int {
        let queue = try DatabaseQueue(path: database)
        return try queue.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM event_log WHERE kind = ? AND status = 'applied'", arguments: [kind]) ?? 0
        }
    }

    /// A port nobody listens on now: bind to port 0 and take what the kernel chose.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")),
                                  sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw HubProcessError("no free port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether something accepts TCP connections on the loopback port.
    public static func accepts(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: UInt16(port).bigEndian,
                                  sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }
}

public struct HubProcessError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
