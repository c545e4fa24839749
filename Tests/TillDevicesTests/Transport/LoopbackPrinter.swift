import Foundation
import Glibc
import Synchronization

/// A network receipt printer on 127.0.0.1 for tests: it records what it receives, answers
/// `DLE EOT n` status queries, can run out of paper in the middle of a job (and then stop reading,
/// as a printer with a full buffer does), and can restart, dropping its connections.
final class LoopbackPrinter: Sendable {
    /// The ephemeral port it listens on.
    let port: UInt16
    private let listener: Int32
    private let wakeup: (read: Int32, write: Int32)
    private let state: Mutex<State>

    /// The printer's answers to `DLE EOT 1…4` while it has paper: online, no error, paper present.
    static let readyStatus: [UInt8: UInt8] = [1: 0x16, 2: 0x12, 3: 0x12, 4: 0x12]
    /// Its answers once the paper ran out: offline (n=1 bit 3), stopped by paper end (n=2 bit 5),
    /// paper end sensed (n=4 bits 5 and 6).
    static let paperOutStatus: [UInt8: UInt8] = [1: 0x1E, 2: 0x32, 3: 0x12, 4: 0x72]

    private struct State {
        var received: [UInt8] = []
        var scanned = 0
        var readyStatus = LoopbackPrinter.readyStatus
        var paperRunsOutAfter: Int?
        var stopsReadingWhenOut = false
        var resetsConnectionAfter: Int?
        var connections: [Int32] = []
        var accepted = 0
        /// A pending restart: `true` drops connections with a reset, `false` with a normal close.
        var restart: Bool?
        var stopping = false
    }

    /// Listens on 127.0.0.1. `receiveBufferSize` shrinks the kernel buffer so a printer that stops
    /// reading stalls the sender quickly; `paperRunsOutAfter` bytes are printed before the paper
    /// runs out; `resetsConnectionAfter` bytes, the printer power-cycles once (the connection is
    /// reset).
    init(receiveBufferSize: Int32? = nil, paperRunsOutAfter: Int? = nil, stopsReadingWhenOut: Bool = false,
         resetsConnectionAfter: Int? = nil) throws {
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard listener >= 0 else { throw SystemCallError.current }
        var on: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        if var size = receiveBufferSize {
            setsockopt(listener, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        port = try Self.bindToLoopback(listener)
        guard Glibc.listen(listener, 8) == 0 else { throw SystemCallError.current }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw SystemCallError.current }
        wakeup = (pipeEnds[0], pipeEnds[1])
        state = Mutex(State(paperRunsOutAfter: paperRunsOutAfter, stopsReadingWhenOut: stopsReadingWhenOut,
                            resetsConnectionAfter: resetsConnectionAfter))
        Thread { [self] in serve() }.start()
    }

    /// Everything received so far, status queries included.
    var received: [UInt8] { state.withLock { $0.received } }

    /// Connections accepted so far; a reconnect makes it grow.
    var connectionsAccepted: Int { state.withLock { $0.accepted } }

    /// What made it onto paper: the bytes received before the paper ran out, decoded.
    var printed: PrintedReceipt {
        state.withLock { PrintedReceipt(decoding: $0.received.prefix($0.paperRunsOutAfter ?? $0.received.count)) }
    }

    /// Waits (up to two seconds) until at least `count` bytes arrived, and returns them all.
    func waitForReceived(count: Int) -> [UInt8] {
        waitUntil { $0.received.count >= count }
        return received
    }

    /// Drops every connection as a power cycle would: `abruptly` resets them, otherwise they are
    /// closed normally. Returns once they are gone.
    func restart(abruptly: Bool) {
        state.withLock { $0.restart = abruptly }
        wake()
        waitUntil { $0.restart == nil }
    }

    /// Stops serving and closes every socket.
    func stop() {
        state.withLock { $0.stopping = true }
        wake()
    }

    private func serve() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let (connections, readLimit, stopping) = state.withLock { state in
                if let abruptly = state.restart {
                    state.connections.forEach { Self.close($0, abruptly: abruptly) }
                    state.connections = []
                    state.restart = nil
                }
                return (state.connections, Self.readLimit(state), state.stopping)
            }
            if stopping {
                connections.forEach { Self.close($0, abruptly: false) }
                [listener, wakeup.read, wakeup.write].forEach { _ = Glibc.close($0) }
                return
            }
            let clientEvents = Int16(readLimit > 0 ? POLLIN : 0)
            var entries = [pollfd(fd: wakeup.read, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
                + connections.map { pollfd(fd: $0, events: clientEvents, revents: 0) }
            guard poll(&entries, nfds_t(entries.count), -1) > 0 else { continue }
            if entries[0].revents != 0 { _ = Glibc.read(wakeup.read, &buffer, buffer.count) }
            if entries[1].revents != 0 { accept() }
            for entry in entries.dropFirst(2) where entry.revents != 0 {
                guard readLimit > 0 else {
                    drop(entry.fd, abruptly: false)
                    continue
                }
                let count = Glibc.read(entry.fd, &buffer, min(buffer.count, readLimit))
                if count > 0 {
                    receive(Array(buffer.prefix(count)), on: entry.fd)
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    drop(entry.fd, abruptly: false)
                }
            }
        }
    }

    private func accept() {
        let client = Glibc.accept(listener, nil, nil)
        guard client >= 0 else { return }
        state.withLock { state in
            state.connections.append(client)
            state.accepted += 1
        }
    }

    /// Records bytes, answers the status queries among them, and power-cycles when it is time.
    private func receive(_ bytes: [UInt8], on connection: Int32) {
        let (replies, resets) = state.withLock { state in
            state.received += bytes
            var replies: [UInt8] = []
            while state.scanned + 2 < state.received.count {
                if state.received[state.scanned] == 0x10, state.received[state.scanned + 1] == 0x04 {
                    let isOut = state.paperRunsOutAfter.map { state.scanned >= $0 } ?? false
                    let table = isOut ? Self.paperOutStatus : state.readyStatus
                    replies.append(table[state.received[state.scanned + 2]] ?? 0x12)
                    state.scanned += 3
                } else {
                    state.scanned += 1
                }
            }
            let resets = state.resetsConnectionAfter.map { state.received.count >= $0 } ?? false
            if resets { state.resetsConnectionAfter = nil }
            return (replies, resets)
        }
        if !replies.isEmpty {
            _ = replies.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
        if resets { drop(connection, abruptly: true) }
    }

    private func drop(_ connection: Int32, abruptly: Bool) {
        state.withLock { $0.connections.removeAll { $0 == connection } }
        Self.close(connection, abruptly: abruptly)
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = Glibc.write(wakeup.write, &byte, 1)
    }

    private func waitUntil(_ condition: (State) -> Bool) {
        let deadline = ContinuousClock.now + .seconds(2)
        while !state.withLock({ condition($0) }), ContinuousClock.now < deadline {
            usleep(1_000)
        }
    }

    /// How many more bytes it will read: none once it is out of paper and stops reading.
    private static func readLimit(_ state: State) -> Int {
        guard state.stopsReadingWhenOut, let limit = state.paperRunsOutAfter else { return Int.max }
        return max(0, limit - state.received.count)
    }

    /// Closes a connection; `abruptly` sends a reset (SO_LINGER 0) instead of a normal close.
    private static func close(_ connection: Int32, abruptly: Bool) {
        if abruptly {
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(connection, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        }
        Glibc.close(connection)
    }

    /// Binds to 127.0.0.1 on a port the kernel picks, and returns that port.
    static func bindToLoopback(_ socket: Int32) throws -> UInt16 {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(socket, generic, length) == 0 && getsockname(socket, generic, &length) == 0
            }
        }
        guard bound else { throw SystemCallError.current }
        return UInt16(bigEndian: address.sin_port)
    }
}

/// A failed system call in test setup.
struct SystemCallError: Error, CustomStringConvertible {
    let code: Int32
    static var current: SystemCallError { SystemCallError(code: errno) }
    var description: String { String(cString: strerror(code)) }
}
