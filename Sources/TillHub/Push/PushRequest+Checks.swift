import TillWire

extension PushRequest {
    /// Refuses a push the hub cannot walk through in sequence order, before any of it is applied.
    func check() throws(HubError) {
        try WireVersion.check(version)
        guard events.count <= Self.maximumEvents else {
            throw .tooLarge("the push carries \(events.count) events but the hub takes at most \(Self.maximumEvents): "
                + "send them in several pushes")
        }
        for (earlier, later) in zip(events, events.dropFirst()) where later.seq <= earlier.seq {
            throw .malformed("events must come in strictly ascending seq, but seq \(later.seq) follows \(earlier.seq)")
        }
    }
}
