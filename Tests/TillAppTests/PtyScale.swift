import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// An NCI scale played on a pseudo-terminal: each `W CR` the till sends is answered with the next
/// weight of a script (nil for "still moving"), on a thread of its own.
final class PtyScale: Sendable {
    private let pty: Pty
    /// The port the till opens as its scale.
    var path: String { pty.path }
    private let script: Mutex<[String?]>
    private let stopped = Mutex(false)
    private let finished = DispatchSemaphore(value: 0)

    /// Answers with `weights` in turn (such as "0.742kg"), then repeats the last.
    init(weights: [String?]) throws {
        pty = try Pty()
        script = Mutex(weights)
        Thread { [self] in
            serve()
            finished.signal()
        }.start()
    }

    deinit {
        stopped.withLock { $0 = true }
        finished.wait()
    }

    private func serve() {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while !stopped.withLock({ $0 }) {
            var entry = pollfd(fd: pty.controller, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 10) > 0 else { continue }
            let count = read(pty.controller, &buffer, buffer.count)
            guard count > 0 else { continue }
            pending += buffer[..<count]
            while let end = pending.firstIndex(of: 0x0D) {
                let request = Array(pending[...end])
                pending.removeFirst(end + 1)
                guard request == [0x57, 0x0D] else { continue }
                let weight = script.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] }
                // LF, the weight line (or none), the status line ("S10" = in motion), CR, ETX.
                let reply = [0x0A] + (weight.map { Array($0.utf8) + [0x0D, 0x0A] } ?? [])
                    + Array((weight == nil ? "S10" : "S00").utf8) + [0x0D, 0x03]
                pty.send(reply)
            }
        }
    }
}
