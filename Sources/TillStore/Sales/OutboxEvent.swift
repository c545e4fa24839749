/// Something another terminal or the hub must learn, as it waits in this terminal's outbox.
public struct OutboxEvent: Hashable, Sendable {
    /// This terminal's gapless sequence number: the hub applies exactly the next one.
    public let sequence: Int64
    /// A UUID: the hub's final guard against applying an event twice.
    public let id: String
    /// "sale", "refund", "shift-open", "cash-movement", …
    public let kind: String
    /// The event's JSON.
    public let payload: String
    public let createdAt: String
    public let acknowledgedAt: String?
}
