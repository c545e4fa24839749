public import TillWire

/// What a push committed; the route adds the hub's clock to make the `PushResponse`.
public struct PushOutcome: Hashable, Sendable {
    /// The terminal's cursor after the push.
    public let ackedThrough: Int64
    /// This push's events kept as rejected, with why.
    public let rejected: [Rejection]
    /// Set when the push skipped a sequence: the one the terminal must send next.
    public let expectedSeq: Int64?

    public init(ackedThrough: Int64, rejected: [Rejection], expectedSeq: Int64?) {
        self.ackedThrough = ackedThrough
        self.rejected = rejected
        self.expectedSeq = expectedSeq
    }
}
