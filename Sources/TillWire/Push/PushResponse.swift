/// The hub's answer to a push, sent only after its transaction committed.
public struct PushResponse: Codable, Hashable, Sendable {
    /// Every event of this terminal up to this sequence is on the hub, applied or rejected; the
    /// terminal marks them sent. Lower than the terminal thought when the hub was restored from a
    /// backup: the terminal sends again from here.
    public let ackedThrough: Int64
    /// Events the hub refused for good, with why; they count as acknowledged so the queue moves on,
    /// and they wait on the hub for a manager.
    public let rejected: [Rejection]
    /// Set when the batch did not start where the hub expected: nothing past `ackedThrough` was
    /// applied, and the terminal sends again from this sequence.
    public let expectedSeq: Int64?
    /// The hub's clock, which the terminal merges so its later events order after what it learned.
    public let hubHLC: Int64

    public init(ackedThrough: Int64, rejected: [Rejection] = [], expectedSeq: Int64? = nil, hubHLC: Int64) {
        self.ackedThrough = ackedThrough
        self.rejected = rejected
        self.expectedSeq = expectedSeq
        self.hubHLC = hubHLC
    }
}

/// An event the hub acknowledged without applying, and why.
public struct Rejection: Codable, Hashable, Sendable {
    public let seq: Int64
    public let id: String
    public let reason: String

    public init(seq: Int64, id: String, reason: String) {
        self.seq = seq
        self.id = id
        self.reason = reason
    }
}
