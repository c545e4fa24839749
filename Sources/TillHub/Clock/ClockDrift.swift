import TillWire

/// How far ahead of the hub a terminal's clock may run before its readings stop winning conflicts
/// (sync.md 2.2, Evolu's 5 minutes): a lane whose clock is a day ahead still has its sales accepted,
/// but its customer edits compete as if made at most this far in the future.
enum ClockDrift {
    static let maximumMillis: Int64 = 5 * 60 * 1000

    /// The reading the hub merges a terminal's edit by: the terminal's own, clamped to the hub's now
    /// plus the maximum drift.
    static func effective(_ hlc: Int64, nowMillis: Int64) -> Int64 {
        min(hlc, PackedHLC.make(millis: nowMillis + maximumMillis))
    }

    /// How far ahead of the hub the terminal's clock ran in a push: its latest reading minus the
    /// hub's now, 0 when it was not ahead, nil for an empty push (nothing was learned).
    static func skewMillis(of events: [WireEvent], nowMillis: Int64) -> Int64? {
        events.map { PackedHLC.millis($0.hlc) }.max().map { max(0, $0 - nowMillis) }
    }
}
