import Foundation
import Synchronization
import TillWire

/// The hub's wall clock (injected, so tests move time without sleeping) and its hybrid logical
/// clock, whose readings every answer carries so terminals order their next events after what the
/// hub has seen.
final class HubClock: Sendable {
    let now: @Sendable () -> Date
    private let last = Mutex<Int64>(0)

    init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// A packed reading later than every earlier one and never behind the wall clock.
    func tick() -> Int64 {
        let wall = PackedHLC.make(millis: now().unixMillis)
        return last.withLock { last in
            last = max(last + 1, wall)
            return last
        }
    }
}
