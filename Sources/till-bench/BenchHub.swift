import Foundation
import TillHub
import TillSync
import TillWire
#if canImport(Glibc)
import Glibc
#endif

/// The release `till-hub serve` beside till-bench, on a free loopback port with a fresh database, so
/// the sync scenarios time the hub a shop would run, over TCP as a terminal reaches it.
///
/// Stopped with SIGTERM when released (SIGKILL if it lingers), its folder removed with it.
final class BenchHub {
    let folder: BenchFolder
    let endpoint: HubEndpoint
    private let process: Process

    /// The store every bench terminal belongs to.
    static let store = "S"
    static let currency = "CHF"
    static let taxClasses = [WireTaxClass(code: "reduced", name: "Reduced", rateMillionths: 26_000),
                             WireTaxClass(code: "standard", name: "Standard", rateMillionths: 81_000)]

    /// Starts the hub and waits until it accepts connections.
    init() throws {
        let executable = try Self.executable()
        let folder = BenchFolder()
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        self.folder = folder
        let database = folder.url.appendingPathComponent("hub.sqlite").path
        let port = try Self.freePort()
        endpoint = HubEndpoint(url: "http://127.0.0.1:\(port)", database: database)
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["serve", "--db", database, "--host", "127.0.0.1", "--port", "\(port)"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(15)
        while !Self.accepts(port: port) {
            guard Date() < deadline, process.isRunning else {
                stop()
                throw BenchError("till-hub serve --db \(database) --port \(port) did not start within 15 s")
            }
            usleep(10_000)
        }
    }

    deinit { stop() }

    /// `till-hub` in the folder till-bench runs from (built with the same scratch path).
    static func executable() throws -> String {
        let hub = URL(fileURLWithPath: benchExecutable).deletingLastPathComponent().appendingPathComponent("till-hub").path
        guard FileManager.default.isExecutableFile(atPath: hub) else {
            throw BenchError("the sync scenarios need the till-hub binary at \(hub): build it with "
                             + "`swift build -c release --product till-hub` and the same --scratch-path as till-bench")
        }
        return hub
    }

    private func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// A port nobody listens on now: bind to port 0 and take what the kernel chose.
    private static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        guard bound else { throw BenchError("no free loopback port: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Whether something accepts TCP connections on the loopback port.
    private static func accepts(port: Int) -> Bool {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

    private static func loopback(port: Int) -> sockaddr_in {
        sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: UInt16(port).bigEndian,
                    sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")), sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
    }
}

/// Where a bench hub answers and keeps its database: what async pairing code needs of it, as a
/// value that can cross into a task.
struct HubEndpoint: Sendable {
    let url: String
    let database: String

    /// Pairs `terminals` terminals ("T0", "T1", …) with the store over HTTP, with codes issued on the
    /// hub's own database file; returns a client for each, carrying its token, whose exchanges may
    /// take up to `timeout`.
    func pairTerminals(_ terminals: Int, timeout: Duration) async throws -> [HubClient] {
        var codes: [String] = []
        do {
            let storage = try SQLiteHubStorage(path: database)
            for index in 0..<terminals {
                codes.append(try await storage.issuePairingCode(store: BenchHub.store, terminal: "T\(index)",
                                                                expiresAt: Date().addingTimeInterval(3_600)).code)
            }
        }
        let transport = HTTPHubTransport(baseURL: url, timeout: timeout)
        var clients: [HubClient] = []
        for (index, code) in codes.enumerated() {
            let request = PairRequest(code: code, terminalID: "T\(index)", currency: BenchHub.currency, taxClasses: BenchHub.taxClasses)
            let paired = try await HubClient(transport: transport, token: nil).pair(request)
            clients.append(HubClient(transport: transport, token: paired.token))
        }
        return clients
    }

    /// A one-time pairing code for `terminal`, issued on the hub's database file.
    func pairingCode(terminal: String) async throws -> String {
        let storage = try SQLiteHubStorage(path: database)
        return try await storage.issuePairingCode(store: BenchHub.store, terminal: terminal, expiresAt: Date().addingTimeInterval(3_600)).code
    }
}
