/// Cuts the byte stream of a serial scanner into scans at its terminator, whatever size the reads
/// come in: a scan split over several reads is joined, several scans in one read are parted.
///
/// A CR LF pair always ends one scan, whatever terminator is configured, so a scanner sending CR LF
/// never produces an empty scan. Line noise (a lone NUL or XON, STX/ETX framing) is trimmed from
/// the ends of a frame, and a frame of nothing but control bytes is dropped; GS, RS and EOT are kept
/// anywhere, since GS1 and ISO/IEC 15434 data carry their fields with them.
public struct ScanFramer: Sendable {
    /// What a piece of the stream turned out to hold.
    public enum Event: Hashable, Sendable {
        /// One scan's bytes, without its terminator.
        case scan([UInt8])
        /// More than `maximumLength` bytes came without a terminator: they are dropped, and so is the
        /// rest up to the next terminator, since a scan's tail alone would be a wrong barcode.
        case overflow(dropped: Int)
        /// A terminator ended the overflowing frame: the next bytes are a new scan.
        case resynchronized
    }

    public let terminator: ScanTerminator
    /// The longest scan accepted; anything longer is a scanner whose terminator Till does not see.
    public let maximumLength: Int
    private var frame: [UInt8] = []
    /// A CR that ends the frame if an LF follows, and is data otherwise.
    private var pendingCR = false
    /// A CR just ended a frame (terminator CR): an LF right after it is the rest of a CR LF.
    private var swallowsLF = false
    private var overflowing = false

    public init(terminator: ScanTerminator, maximumLength: Int = 256) {
        self.terminator = terminator
        self.maximumLength = max(1, maximumLength)
    }

    /// The scans and notices the bytes complete; an unfinished scan waits for the next bytes.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Event] {
        var events: [Event] = []
        for byte in bytes {
            if swallowsLF {
                swallowsLF = false
                if byte == Self.lf { continue }
            }
            if pendingCR {
                pendingCR = false
                if byte == Self.lf {
                    end(into: &events)
                    continue
                }
                append(Self.cr, into: &events)
            }
            if byte == Self.cr {
                if terminator == .cr {
                    end(into: &events)
                    swallowsLF = true
                } else {
                    pendingCR = true
                }
            } else if byte == terminator.endByte {
                end(into: &events)
            } else {
                append(byte, into: &events)
            }
        }
        return events
    }

    private mutating func append(_ byte: UInt8, into events: inout [Event]) {
        guard !overflowing else { return }
        frame.append(byte)
        guard frame.count > maximumLength else { return }
        events.append(.overflow(dropped: frame.count))
        frame.removeAll(keepingCapacity: true)
        overflowing = true
    }

    private mutating func end(into events: inout [Event]) {
        defer { frame.removeAll(keepingCapacity: true) }
        if overflowing {
            overflowing = false
            events.append(.resynchronized)
            return
        }
        guard let first = frame.firstIndex(where: { !Self.isNoise($0) }),
              let last = frame.lastIndex(where: { !Self.isNoise($0) }) else { return }
        let scan = Array(frame[first...last])
        guard scan.contains(where: { $0 >= 0x20 && $0 != 0x7F }) else { return }
        events.append(.scan(scan))
    }

    /// A control byte no barcode data uses at its ends; GS, RS and EOT are data separators.
    private static func isNoise(_ byte: UInt8) -> Bool {
        (byte < 0x20 && !keptControls.contains(byte)) || byte == 0x7F
    }

    private static let keptControls: Set<UInt8> = [0x04, 0x1D, 0x1E]
    private static let cr: UInt8 = 0x0D
    private static let lf: UInt8 = 0x0A
}

/// What a serial scanner sends after each scan; set on the scanner by its configuration barcodes.
public enum ScanTerminator: String, Hashable, Sendable, CaseIterable {
    /// Carriage return, most scanners' factory default for serial and CDC-ACM.
    case cr
    /// Line feed.
    case lf
    /// Carriage return and line feed.
    case crlf
    /// Tab, for data that holds line breaks itself (CR LF still ends a scan).
    case tab

    /// The name people know it by, for messages.
    public var displayName: String {
        switch self {
        case .cr: "CR"
        case .lf: "LF"
        case .crlf: "CR LF"
        case .tab: "Tab"
        }
    }

    /// The single byte that ends a frame besides CR LF; CR is handled apart (it may start a CR LF).
    var endByte: UInt8? {
        switch self {
        case .cr: 0x0D
        case .lf: 0x0A
        case .crlf: nil
        case .tab: 0x09
        }
    }
}
