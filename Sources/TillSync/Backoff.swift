/// How long the sync client waits before retrying the hub, so a hub restart is met by terminals
/// spread over a minute rather than all at once.
///
/// Exponential backoff with AWS "full jitter": after the n-th consecutive failure (n from 0) the
/// delay is uniform in `0...min(cap, base·2ⁿ)`. A server's `Retry-After` wins over the formula. The
/// random source is a parameter so tests are deterministic.
public struct Backoff: Sendable, Equatable {
    /// The ceiling of the first retry's delay.
    public let base: Duration
    /// The largest delay the formula may give (a `Retry-After` may ask for longer).
    public let cap: Duration
    /// Consecutive failures since the last success.
    public private(set) var failures = 0

    public init(base: Duration = .seconds(1), cap: Duration = .seconds(60)) {
        self.base = base
        self.cap = cap
    }

    /// The delay before the next retry after a failure; counts the failure.
    ///
    /// - Parameter retryAfter: the server's `Retry-After`, already turned into a delay; when present
    ///   it is used as is, because the hub knows its own load better than the formula does.
    public mutating func delayAfterFailure(
        retryAfter: Duration? = nil, using generator: inout some RandomNumberGenerator
    ) -> Duration {
        defer { failures += 1 }
        if let retryAfter { return max(retryAfter, .zero) }
        let ceiling = ceilingMilliseconds(forAttempt: failures)
        return .milliseconds(Int64.random(in: 0...ceiling, using: &generator))
    }

    /// Forgets past failures after a successful exchange, so the next failure starts from `base`.
    public mutating func reset() {
        failures = 0
    }

    /// `min(cap, base·2^attempt)` in milliseconds, doubling step by step so no shift can overflow.
    func ceilingMilliseconds(forAttempt attempt: Int) -> Int64 {
        let capMilliseconds = Self.milliseconds(cap)
        var ceiling = min(Self.milliseconds(base), capMilliseconds)
        var doublings = 0
        while doublings < attempt, ceiling < capMilliseconds {
            ceiling = min(ceiling * 2, capMilliseconds)
            doublings += 1
        }
        return max(ceiling, 0)
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000 + attoseconds / 1_000_000_000_000_000
    }
}
