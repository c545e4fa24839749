import Synchronization
import TillDevices

/// What a background scanner delivered, collected from its thread for the test to look at.
final class ScannerReports: Sendable {
    private let reports = Mutex<[ScannerReport]>([])

    /// The closure to start a scanner with.
    var deliver: @Sendable (ScannerReport) -> Void {
        { [self] report in reports.withLock { $0.append(report) } }
    }

    var all: [ScannerReport] { reports.withLock { $0 } }

    /// The scans' texts, in order.
    var scans: [String] {
        all.compactMap { if case .scan(let event) = $0 { event.text } else { nil } }
    }

    /// The states reported, in order.
    var states: [ScannerState] {
        all.compactMap { if case .state(_, let state) = $0 { state } else { nil } }
    }

    /// Whether the latest state is ready.
    var isReady: Bool { states.last == .ready }

    /// The reason of the latest state, if it is unavailable.
    var unavailableReason: String? {
        guard case .unavailable(let reason, _)? = states.last else { return nil }
        return reason
    }

    /// Waits until `count` scans have arrived.
    func waitForScans(_ count: Int) -> Bool {
        eventually { scans.count >= count }
    }
}
