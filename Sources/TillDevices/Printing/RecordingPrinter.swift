import Synchronization

/// A printer that keeps what it is sent, for tests and the demo's preview: it can be told to fail
/// (unplugged, out of paper) and to answer status queries with given bytes.
public final class RecordingPrinter: PrinterTransport, Sendable {
    private struct State {
        var received: [UInt8] = []
        var failure: PrinterError?
        var replies: [UInt8] = []
        var closed = false
    }

    private let state = Mutex(State())
    public let address: String

    public init(address: String = "recording") {
        self.address = address
    }

    /// Every byte written so far.
    public var received: [UInt8] { state.withLock { $0.received } }

    /// Makes every write fail with `error` until it is set back to nil.
    public func fail(with error: PrinterError?) {
        state.withLock { $0.failure = error }
    }

    /// Bytes the next reads return, as a printer's status replies would arrive.
    public func reply(_ bytes: [UInt8]) {
        state.withLock { $0.replies += bytes }
    }

    public func write(_ bytes: [UInt8]) throws(PrinterError) {
        let failure = state.withLock { state in
            if state.failure == nil { state.received += bytes }
            return state.failure
        }
        if let failure { throw failure }
    }

    public func read(maximum: Int, timeoutMilliseconds: Int) throws(PrinterError) -> [UInt8] {
        state.withLock { state in
            let taken = Array(state.replies.prefix(maximum))
            state.replies.removeFirst(taken.count)
            return taken
        }
    }

    /// Whether `close` was called, as when its worker let go of it.
    public var isClosed: Bool { state.withLock { $0.closed } }

    public func close() {
        state.withLock { $0.closed = true }
    }
}
