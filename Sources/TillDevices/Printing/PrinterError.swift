/// Why a printer could not be reached or did not print, in words a cashier can act on.
public enum PrinterError: Error, Equatable, Sendable {
    /// Nothing answered at the address (refused, unreachable, no such device).
    case unreachable(address: String, reason: String)
    /// The printer took longer than the timeout to accept data or to answer.
    case timedOut(address: String)
    /// The device exists but this user may not open it.
    case permissionDenied(address: String)
    /// The printer says it cannot print now.
    case notReady(address: String, status: String)
}

extension PrinterError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unreachable(let address, let reason):
            "The printer at \(address) cannot be reached (\(reason)): check that it is on and connected."
        case .timedOut(let address):
            "The printer at \(address) stopped answering: check its cable or network and that it is on."
        case .permissionDenied(let address):
            "Till may not open \(address): add the till's user to the lp group (see the README's udev rule)."
        case .notReady(let address, let status):
            "The printer at \(address) cannot print: \(status)."
        }
    }
}
