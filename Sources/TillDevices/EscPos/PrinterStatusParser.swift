/// Reads what a printer sends back, where one-byte `DLE EOT` replies and 4-byte automatic status
/// back frames arrive mixed on one channel, and keeps the merged `PrinterStatus`.
///
/// The two are told apart by bit 1 of the first byte: a `DLE EOT` reply is shaped `0xx1xx10`, an
/// ASB frame starts `0xx1xx00` and its other three bytes have bits 4 and 7 clear. A reply does not
/// say which query it answers, so queries are sent through `request(_:)`, which remembers them in
/// order. Bytes that fit neither shape are skipped, so the reader finds its feet after line noise.
public struct PrinterStatusParser: Sendable {
    /// The status as of the last complete reply or frame.
    public private(set) var status: PrinterStatus
    /// Queries sent whose one-byte reply has not come yet, oldest first.
    private var pending: [StatusQuery] = []
    /// The bytes of an ASB frame read so far.
    private var frame: [UInt8] = []

    /// A parser starting from `status` (a ready printer unless the caller knows better).
    public init(status: PrinterStatus = PrinterStatus()) {
        self.status = status
    }

    /// The bytes to send for `query`; its reply will be read as the answer to it.
    public mutating func request(_ query: StatusQuery) -> [UInt8] {
        pending.append(query)
        return query.bytes
    }

    /// Drops the queries still waiting, after a read timed out: a printer that did not answer then
    /// must not have its next reply read as the answer to an older question.
    public mutating func forgetPendingQueries() {
        pending.removeAll()
    }

    /// Reads `bytes` and returns the status after each complete reply or frame in them, in order.
    public mutating func consume(_ bytes: some Sequence<UInt8>) -> [PrinterStatus] {
        var updates: [PrinterStatus] = []
        for byte in bytes where read(byte) {
            updates.append(status)
        }
        return updates
    }

    /// Takes one byte; true when it completed a reply or a frame.
    private mutating func read(_ byte: UInt8) -> Bool {
        if !frame.isEmpty {
            if byte & 0x90 == 0 {
                frame.append(byte)
                guard frame.count == 4 else { return false }
                applyFrame(frame)
                frame.removeAll()
                return true
            }
            frame.removeAll() // a broken frame: read this byte afresh
        }
        switch byte & 0x93 {
        case 0x10:
            frame = [byte]
            return false
        case 0x12:
            guard !pending.isEmpty else { return false }
            apply(byte, answering: pending.removeFirst())
            return true
        default:
            return false
        }
    }

    private mutating func apply(_ byte: UInt8, answering query: StatusQuery) {
        switch query {
        case .printer:
            status.drawerSensorHigh = byte & 0x04 != 0
            status.online = byte & 0x08 == 0
        case .offlineCause:
            status.coverOpen = byte & 0x04 != 0
            status.paperOut = byte & 0x20 != 0
            status.error = byte & 0x40 != 0
        case .errorCause:
            status.error = byte & 0x6C != 0
        case .paperSensor:
            status.paperNearEnd = byte & 0x0C != 0
            status.paperOut = byte & 0x60 != 0
        }
    }

    /// Byte 1: drawer, offline, cover; byte 2: error bits; byte 3: roll near end (bits 0–1) and roll
    /// out (bits 2–3); byte 4 carries nothing Till shows.
    private mutating func applyFrame(_ frame: [UInt8]) {
        status.drawerSensorHigh = frame[0] & 0x04 != 0
        status.online = frame[0] & 0x08 == 0
        status.coverOpen = frame[0] & 0x20 != 0
        status.error = frame[1] & 0x6C != 0
        status.paperNearEnd = frame[2] & 0x03 != 0
        status.paperOut = frame[2] & 0x0C != 0
    }
}
