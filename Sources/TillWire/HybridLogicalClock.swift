/// Why a remote reading was refused by the clock.
public enum HLCError: Error, Equatable, Sendable {
    /// The remote clock runs further ahead of ours than the allowed drift; accepting it would let that
    /// terminal win every last-writer-wins conflict.
    case driftTooLarge(remoteMillis: Int64, localMillis: Int64, maxDriftMillis: Int64)
    /// The counter cannot grow any further within one millisecond.
    case counterOverflow
}

/// A hybrid logical clock (Kulkarni et al.): monotonic readings close to wall time, with a drift guard.
///
/// The clock holds no time source of its own: every call is given the current wall time, so it is
/// deterministic under test and usable from the pure core.
public struct HybridLogicalClock: Sendable {
    public let node: String
    public let maxDriftMillis: Int64
    public private(set) var last: HLCTimestamp

    public init(node: String, maxDriftMillis: Int64 = 60_000, last: HLCTimestamp? = nil) {
        self.node = node
        self.maxDriftMillis = maxDriftMillis
        self.last = last ?? HLCTimestamp(millis: 0, counter: 0, node: node)
    }

    /// A reading for a local event (a sale, a profile edit) at wall time `now`.
    public mutating func tick(now: Int64) throws(HLCError) -> HLCTimestamp {
        let millis = max(now, last.millis)
        let counter = try millis == last.millis ? Self.next(last.counter) : 0
        last = HLCTimestamp(millis: millis, counter: counter, node: node)
        return last
    }

    /// Merges a reading received from another node, so our next readings come after it.
    public mutating func receive(_ remote: HLCTimestamp, now: Int64) throws(HLCError) -> HLCTimestamp {
        if remote.millis - now > maxDriftMillis {
            throw .driftTooLarge(remoteMillis: remote.millis, localMillis: now, maxDriftMillis: maxDriftMillis)
        }
        let millis = max(now, last.millis, remote.millis)
        let counter: UInt32
        switch (millis == last.millis, millis == remote.millis) {
        case (true, true): counter = try Self.next(max(last.counter, remote.counter))
        case (true, false): counter = try Self.next(last.counter)
        case (false, true): counter = try Self.next(remote.counter)
        case (false, false): counter = 0
        }
        last = HLCTimestamp(millis: millis, counter: counter, node: node)
        return last
    }

    private static func next(_ counter: UInt32) throws(HLCError) -> UInt32 {
        guard counter < UInt32.max else { throw .counterOverflow }
        return counter + 1
    }
}
