import Foundation
import Synchronization

/// A scale on a pseudo-terminal that answers each `W CR` from a script, on a thread of its own.
final class FakeScale: Sendable {
    /// What the scale does when asked for a weight.
    enum Answer: Sendable {
        /// Sends these pieces, `gap` apart.
        case reply([[UInt8]], gap: Duration = .zero)
        /// Says nothing.
        case silence
        /// Is unplugged.
        case unplug
    }

    let device: FakeSerialDevice
    private let script: Mutex<[Answer]>
    private let requests = Mutex<[[UInt8]]>([])
    private let stopped = Mutex(false)
    private let finished = DispatchSemaphore(value: 0)

    /// Answers with `answers` in turn, then repeats the last.
    init(_ answers: [Answer]) throws {
        device = try FakeSerialDevice()
        script = Mutex(answers)
        Thread { [self] in
            serve()
            finished.signal()
        }.start()
    }

    /// The requests received, each as the bytes up to its CR.
    var received: [[UInt8]] { requests.withLock { $0 } }

    func stop() {
        stopped.withLock { $0 = true }
        finished.wait()
    }

    private func serve() {
        var pending: [UInt8] = []
        while !stopped.withLock({ $0 }) {
            pending += device.received(withinMilliseconds: 5)
            guard let end = pending.firstIndex(of: 0x0D) else { continue }
            let request = Array(pending[...end])
            pending.removeFirst(end + 1)
            requests.withLock { $0.append(request) }
            guard request == [0x57, 0x0D] else { continue }
            let answer = script.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] }
            switch answer {
            case .reply(let pieces, let gap):
                for (index, piece) in pieces.enumerated() {
                    if index > 0 { Thread.sleep(forTimeInterval: Double(gap.components.attoseconds) / 1e18) }
                    try? device.send(piece)
                }
            case .silence:
                break
            case .unplug:
                device.unplug()
                return
            }
        }
    }
}
