import Glibc
import Synchronization

/// A scale on a serial line or USB-serial adapter speaking the NCI protocol: Till sends `W CR`, the
/// scale answers with the weight and its status (see `ScaleReply`).
///
/// The port is opened on the first weighing and kept; one that hung up since (the scale was
/// switched off and on, its adapter replugged) is opened afresh. Weighings from several threads take
/// turns.
public final class SerialScale: WeighingScale {
    public let path: String
    public let settings: SerialSettings
    private let port = Mutex<Int32?>(nil)

    /// 9600 baud, 7 data bits, even parity, 1 stop bit: how NCI scales usually leave the factory.
    public static let defaultSettings = SerialSettings(baud: 9600, framing: .sevenEvenOne)

    /// Opens nothing yet: the first `weigh` does.
    public init(path: String, settings: SerialSettings = SerialScale.defaultSettings) {
        self.path = path
        self.settings = settings
    }

    deinit { close() }

    /// Asks for the weight and waits at most `timeoutMilliseconds` for the answer; the weight in
    /// grams (kilogram thousandths, as Till sells by weight), or why there is none to sell by.
    public func weigh(timeoutMilliseconds: Int = 1_000) throws(ScaleError) -> Int64 {
        try port.withLock { (port: inout Int32?) throws(ScaleError) -> Int64 in
            let descriptor = try open(&port)
            do throws(ScaleError) {
                let reply = try exchange(on: descriptor, timeoutMilliseconds: timeoutMilliseconds)
                return try reply.grams()
            } catch {
                if case .disconnected = error {
                    Glibc.close(descriptor)
                    port = nil
                }
                throw error
            }
        }
    }

    /// Lets the port go; the next `weigh` opens it again.
    public func close() {
        port.withLock { port in
            if let descriptor = port { Glibc.close(descriptor) }
            port = nil
        }
    }

    private func open(_ port: inout Int32?) throws(ScaleError) -> Int32 {
        if let descriptor = port {
            guard Poll.isHungUp(descriptor) else { return descriptor }
            Glibc.close(descriptor)
            port = nil
        }
        do throws(SerialLineError) {
            let descriptor = try SerialLine.open(path, settings: settings)
            port = descriptor
            return descriptor
        } catch {
            throw ScaleError(serialLine: error, path: path)
        }
    }

    /// Clears what came before (a late answer to an earlier request must not be taken for this one),
    /// sends the request and reads the reply up to its ETX.
    private func exchange(on descriptor: Int32, timeoutMilliseconds: Int) throws(ScaleError) -> ScaleReply {
        let deadline = ContinuousClock.now + .milliseconds(timeoutMilliseconds)
        guard tcflush(descriptor, TCIFLUSH) == 0 else { throw .disconnected(path: path) }
        try send(Self.request, on: descriptor, until: deadline, timeoutMilliseconds: timeoutMilliseconds)
        var reply: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while !reply.contains(ScaleReply.etx) {
            guard reply.count <= Self.longestReply else { throw .unreadableReply(path: path, reply: reply) }
            let events = try wait(descriptor, for: POLLIN, until: deadline)
            if events == 0 {
                if reply.isEmpty { throw .noReply(path: path, timeoutMilliseconds: timeoutMilliseconds) }
                throw .unreadableReply(path: path, reply: reply)
            }
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count > 0 {
                reply += buffer[..<count]
            } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                throw .disconnected(path: path)
            }
        }
        let whole = Array(reply.prefix(through: reply.firstIndex(of: ScaleReply.etx)!))
        guard let parsed = ScaleReply(parsing: whole) else { throw .unreadableReply(path: path, reply: whole) }
        return parsed
    }

    /// Writes the request; a port that takes nothing until the deadline (flow control held) counts as
    /// a scale that does not answer.
    private func send(_ bytes: [UInt8], on descriptor: Int32, until deadline: ContinuousClock.Instant,
                      timeoutMilliseconds: Int) throws(ScaleError) {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 {
                sent += count
            } else if errno == EAGAIN || errno == EINTR {
                if try wait(descriptor, for: POLLOUT, until: deadline) == 0 {
                    throw .noReply(path: path, timeoutMilliseconds: timeoutMilliseconds)
                }
            } else {
                throw .disconnected(path: path)
            }
        }
    }

    /// Poll until `deadline`; a port that hung up or broke means the scale went away.
    private func wait(_ descriptor: Int32, for events: Int32,
                      until deadline: ContinuousClock.Instant) throws(ScaleError) -> Int32 {
        let milliseconds = max(0, ContinuousClock.now.duration(to: deadline).roundedUpMilliseconds)
        let ready: Int32
        do throws(Errno) {
            ready = try Poll.wait(descriptor, for: events, milliseconds: milliseconds)
        } catch {
            throw .disconnected(path: path)
        }
        if ready & events == 0, ready & (POLLHUP | POLLERR | POLLNVAL) != 0 { throw .disconnected(path: path) }
        return ready
    }

    /// `W CR`: the weight request.
    static let request: [UInt8] = [0x57, 0x0D]
    /// Longer than any NCI reply (a 10-digit weight with unit and four status bytes): the line is
    /// carrying something else.
    static let longestReply = 40
}
