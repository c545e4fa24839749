/// What the store needs to know about a refund besides the money: who gave it, where, when and why.
///
/// Times and ids are given by the caller (the app's clock, UUIDs), so commits are deterministic under test.
public struct RefundContext: Hashable, Sendable {
    /// The refund's id: a UUID; its stock movements' ids are derived from it.
    public let refundID: String
    public let terminalID: String
    /// When the money went back, ISO 8601 in UTC ("2026-11-24T09:30:00.000Z").
    public let completedAt: String
    /// The store's local business day the refund counts for ("2026-11-24").
    public let businessDay: String
    /// Who gave the money back.
    public let staffID: String
    public let shiftID: String?
    /// The supervisor who approved the refund, when the refunder's role needed one.
    public let approvedBy: String?
    /// Why the goods came back, as the refunder typed it.
    public let reason: String?
    /// Where returned stock goes back to.
    public let locationID: String
    /// Whether the till is in training mode. A refund against a receipt takes the sale's flag instead;
    /// a real sale cannot be refunded in training mode.
    public let training: Bool
    /// The outbox event's id: a UUID, so the hub can apply it exactly once.
    public let eventID: String

    public init(refundID: String, terminalID: String, completedAt: String, businessDay: String, staffID: String,
                shiftID: String? = nil, approvedBy: String? = nil, reason: String? = nil, locationID: String = "floor",
                training: Bool = false, eventID: String) {
        self.refundID = refundID
        self.terminalID = terminalID
        self.completedAt = completedAt
        self.businessDay = businessDay
        self.staffID = staffID
        self.shiftID = shiftID
        self.approvedBy = approvedBy
        self.reason = reason
        self.locationID = locationID
        self.training = training
        self.eventID = eventID
    }
}

/// A refund as the store committed it: its gapless number and, for real refunds, its outbox sequence.
public struct CommittedRefund: Hashable, Sendable {
    public let refundID: String
    public let refundNumber: Int64
    public let training: Bool
    /// The refund's place in this terminal's outbox; nil for training refunds, which never sync.
    public let outboxSequence: Int64?
}
