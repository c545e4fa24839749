import TillDevices

extension PrinterError {
    /// A few words for the status bar ("Printer: out of paper"); the full description goes to the
    /// job's record and the message line.
    var summary: String {
        switch self {
        case .invalidAddress: "wrong address in till.toml"
        case .unreachable: "not reachable"
        case .timedOut: "not answering"
        case .partialWrite: "stopped mid-receipt"
        case .permissionDenied: "no permission"
        case .busy: "held by another program"
        case .disconnected: "disconnected"
        case .notAPrinter: "not a printer"
        case .notReady(_, let status): status
        }
    }
}
