/// Why a printer could not be reached or did not print, in words a cashier can act on.
public enum PrinterError: Error, Equatable, Sendable {
    /// The configured printer address cannot be understood, so no transport can be chosen.
    case invalidAddress(String, reason: String)
    /// Nothing answered at the address (refused, unreachable, no such device).
    case unreachable(address: String, reason: String)
    /// The printer took longer than the timeout to accept data or to answer.
    case timedOut(address: String)
    /// The printer took the first `sent` of `total` bytes and then stopped taking more; resending the
    /// whole job would print its first part twice.
    case partialWrite(address: String, sent: Int, total: Int)
    /// The device exists but this user may not open it.
    case permissionDenied(address: String)
    /// Another driver or program holds the printer (the usblp kernel driver, CUPS, another till).
    case busy(address: String)
    /// The printer went away while in use (unplugged, switched off, connection dropped); the next
    /// write opens it afresh.
    case disconnected(address: String)
    /// The device answers but offers no way to send print data (no bulk OUT endpoint, wrong class).
    case notAPrinter(address: String, reason: String)
    /// The printer says it cannot print now.
    case notReady(address: String, status: String)
}

extension PrinterError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .invalidAddress(let text, let reason):
            "The printer address \"\(text)\" is not valid: \(reason). Use tcp://HOST[:PORT], usb://VID:PID, "
                + "usb://, serial:///dev/ttyACM0?baud=19200, /dev/usb/lp0 or file:///path/out.bin."
        case .unreachable(let address, let reason):
            "The printer at \(address) cannot be reached (\(reason)): check that it is on and connected."
        case .timedOut(let address):
            "The printer at \(address) stopped answering: check its cable or network and that it is on."
        case .partialWrite(let address, let sent, let total):
            "The printer at \(address) took \(sent) of \(total) bytes and then stopped: check paper, cover "
                + "and cable, then reprint (the first part of the receipt may already be on paper)."
        case .permissionDenied(let address):
            "Till may not open \(address): " + Self.permissionFix(for: address)
        case .busy(let address):
            "Another driver or program holds the printer at \(address): stop CUPS or any other program "
                + "printing to it, let Till detach the usblp kernel driver (the default), then try again."
        case .disconnected(let address):
            "The printer at \(address) went away while printing: check its cable and power; the next "
                + "print reconnects."
        case .notAPrinter(let address, let reason):
            "The device at \(address) is not a printer Till can drive (\(reason)): check the configured address."
        case .notReady(let address, let status):
            "The printer at \(address) cannot print: \(status)."
        }
    }

    /// Serial ports belong to the dialout group; printers (device files and USB) to lp, via the udev rule.
    private static func permissionFix(for address: String) -> String {
        if address.hasPrefix("serial:") {
            return "add the till's user to the dialout group, then log in again."
        }
        return "add the till's user to the lp group and install the udev rule from the README "
            + "(60-pos-printer.rules), then replug the printer."
    }
}

extension PrinterError {
    /// The error for a write that stopped making progress: a plain timeout when nothing went out,
    /// otherwise how much did, so the job is not blindly sent again from the start.
    static func stalled(address: String, sent: Int, total: Int) -> PrinterError {
        sent == 0 ? .timedOut(address: address) : .partialWrite(address: address, sent: sent, total: total)
    }
}
