/// Why the scale gave no weight to sell by, in words a cashier can act on.
public enum ScaleError: Error, Equatable, Sendable {
    /// The weight is still changing.
    case inMotion
    /// Nothing on the scale.
    case atZero
    /// Below zero: the pan was taken off or the scale zeroed with something on it.
    case underCapacity
    /// Heavier than the scale can weigh.
    case overCapacity
    /// The scale reports faults of its own (memory, calibration).
    case faulty(ScaleStatus)
    /// The scale answered with its status only and no reason not to weigh.
    case noWeight
    /// Nothing came back within the timeout.
    case noReply(path: String, timeoutMilliseconds: Int)
    /// Something came back that is no NCI reply: these bytes, shown in the message.
    case unreadableReply(path: String, reply: [UInt8])
    /// No device at the path.
    case absent(path: String)
    /// The device exists but this user may not open it.
    case permissionDenied(path: String)
    /// The scale went away during the request (unplugged, switched off).
    case disconnected(path: String)
    /// The path cannot be used as the scale's port, with the reason and its fix.
    case unusable(path: String, reason: String)
}

extension ScaleError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .inMotion:
            "The scale is still moving: wait until the weight settles, then weigh again."
        case .atZero:
            "The scale reads zero: put the item on the scale, then weigh again."
        case .underCapacity:
            "The scale reads below zero: take everything off, zero the scale, then weigh again."
        case .overCapacity:
            "The item is too heavy for the scale: weigh it on a larger scale or enter the weight by hand."
        case .faulty(let faults):
            "The scale reports a fault of its own (\(Self.names(of: faults))): switch it off and on again; "
                + "if that does not clear it, enter weights by hand and have the scale serviced."
        case .noWeight:
            "The scale answered without a weight: check that its display shows one, then weigh again."
        case .noReply(let path, let milliseconds):
            "The scale on \(path) did not answer within \(milliseconds) ms: check that it is switched on "
                + "and cabled, and that it is set to the NCI protocol at the baud Till uses."
        case .unreadableReply(let path, let reply) where reply == [0x0A, 0x3F, 0x0D, 0x03]:
            "The scale on \(path) did not understand the weight request: set it to the NCI protocol."
        case .unreadableReply(let path, let reply):
            "The scale on \(path) answered \"\(Self.shown(reply))\", which is not a weight: set the scale "
                + "to the NCI protocol, and its baud and character format (such as 7E1) to Till's."
        case .absent(let path):
            "No scale at \(path): plug it in and switch it on, or check the configured path."
        case .permissionDenied(let path):
            "Till may not open the scale at \(path): add the till's user to the dialout group, then log in again."
        case .disconnected(let path):
            "The scale on \(path) went away: check its cable and power, then weigh again."
        case .unusable(let path, let reason):
            "The scale at \(path) cannot be used: \(reason)."
        }
    }

    /// The bytes with control characters named (`<LF>`, `<ETX>`) and others in hex, cut short.
    static func shown(_ bytes: [UInt8]) -> String {
        let names: [UInt8: String] = [0x02: "<STX>", 0x03: "<ETX>", 0x0A: "<LF>", 0x0D: "<CR>"]
        let text = bytes.prefix(48).map { byte in
            if let name = names[byte] { return name }
            if (0x20...0x7E).contains(byte) { return String(UnicodeScalar(byte)) }
            return "<" + (byte < 16 ? "0" : "") + String(byte, radix: 16) + ">"
        }.joined()
        return bytes.count > 48 ? text + "…" : text
    }

    private static func names(of faults: ScaleStatus) -> String {
        let all: [(ScaleStatus, String)] = [(.ramError, "RAM error"), (.eepromError, "EEPROM error"),
                                            (.romError, "ROM error"), (.calibrationError, "calibration fault")]
        return all.filter { faults.contains($0.0) }.map(\.1).joined(separator: ", ")
    }
}

extension ScaleError {
    /// What a serial line that cannot be opened or set up means for the scale at `path`.
    init(serialLine error: SerialLineError, path: String) {
        switch error.problem {
        case .absent: self = .absent(path: path)
        case .permissionDenied: self = .permissionDenied(path: path)
        case .unusable(let reason): self = .unusable(path: path, reason: reason)
        }
    }
}
