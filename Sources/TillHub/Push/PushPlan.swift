import TillWire

/// Which events of a push the hub takes, given the terminal's cursor (sync.md 2.4): events at or
/// below the cursor were delivered before and are skipped; the rest are taken while they follow on
/// without a gap, and at a gap the hub stops and asks for the first missing sequence.
struct PushPlan {
    /// The events to apply or reject, `cursor + 1, cursor + 2, …`.
    let events: [WireEvent]
    /// The sequence the terminal must send next when the push had a gap.
    let expectedSeq: Int64?

    init(_ pushed: [WireEvent], cursor: Int64) {
        var next = cursor + 1
        var taken: [WireEvent] = []
        var expected: Int64?
        for event in pushed where event.seq > cursor {
            guard event.seq == next else {
                expected = next
                break
            }
            taken.append(event)
            next += 1
        }
        events = taken
        expectedSeq = expected
    }
}
