import Foundation
import Synchronization

/// A wall clock the test moves by hand, so expiry and clock drift are tested without sleeping.
final class TestClock: Sendable {
    /// 2026-03-02 09:00:00 UTC: any fixed instant will do.
    static let start = Date(timeIntervalSince1970: 1_772_442_000)

    private let time = Mutex(TestClock.start)

    var now: Date { time.withLock { $0 } }

    func advance(minutes: Double) {
        time.withLock { $0 = $0.addingTimeInterval(minutes * 60) }
    }

    /// The packed hybrid-clock reading of the clock's current time plus `minutes`.
    func hlc(plusMinutes minutes: Double = 0, counter: Int64 = 0) -> Int64 {
        let millis = Int64((now.timeIntervalSince1970 + minutes * 60) * 1000)
        return millis << 16 | counter
    }
}
