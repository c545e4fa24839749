public import Foundation

/// How long a staff number must wait after wrong PINs, so guessing a 4-digit PIN at the till takes
/// days instead of minutes while a cashier who mistypes once or twice is never held up.
///
/// The first `freeAttempts` failures in a row cost nothing; from then on each failure waits
/// `firstDelay`, doubled for every further failure, up to `maximumDelay`. Negative settings count as zero.
public struct LoginThrottle: Sendable, Hashable {
    public let freeAttempts: Int
    public let firstDelay: TimeInterval
    public let maximumDelay: TimeInterval

    public init(freeAttempts: Int = 3, firstDelay: TimeInterval = 5, maximumDelay: TimeInterval = 300) {
        self.freeAttempts = max(0, freeAttempts)
        self.firstDelay = max(0, firstDelay)
        self.maximumDelay = max(0, maximumDelay)
    }

    /// Seconds to wait, after the last of `count` consecutive failures, before the next attempt is checked.
    public func delay(afterConsecutiveFailures count: Int) -> TimeInterval {
        guard count >= freeAttempts else { return 0 }
        // Past 2^62 the cap has long been reached; stopping there keeps the shift from overflowing.
        let doublings = min(count - freeAttempts, 62)
        return min(maximumDelay, firstDelay * Double(Int64(1) << doublings))
    }
}
