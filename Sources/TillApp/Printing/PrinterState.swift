/// What the status bar says about the receipt printer.
public enum PrinterState: Hashable, Sendable {
    /// No printer is configured on this lane.
    case none
    /// The printer took the last job (or answered its status) and can print.
    case ready
    /// The printer cannot print now: unreachable, out of paper, cover open; jobs wait in the queue.
    case problem(String)
}
