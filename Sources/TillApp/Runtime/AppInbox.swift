import Synchronization

/// Where background work (the print worker, later sync and serial scanners) leaves events for the UI
/// thread, which drains it between keys; nothing in the background touches the app's state.
public final class AppInbox: Sendable {
    private let events = Mutex<[AppEvent]>([])

    public init() {}

    /// Leaves `event` for the next turn of the loop.
    public func post(_ event: AppEvent) {
        events.withLock { $0.append(event) }
    }

    /// Everything posted since the last drain, oldest first.
    public func drain() -> [AppEvent] {
        events.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
    }
}
