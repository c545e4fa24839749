/// One outbox event on its way to the hub: the terminal's gapless sequence number, the event's UUID
/// (the hub's last guard against applying it twice), its kind, when it happened, its hybrid logical
/// clock reading, and its payload as the terminal wrote it.
public struct WireEvent: Codable, Hashable, Sendable {
    /// The terminal's sequence: 1, 2, 3, … without gaps, in commit order.
    public let seq: Int64
    /// The event's UUID, lower case.
    public let id: String
    /// `sale`, `refund`, `customer`, `shift-open`, … as the terminal's outbox names it.
    public let kind: String
    /// When it happened on the terminal, ISO 8601 in UTC.
    public let createdAt: String
    /// The terminal's hybrid logical clock when it happened (see `PackedHLC`).
    public let hlc: Int64
    /// The event as JSON text, kept byte for byte as the terminal stored it.
    public let payload: String

    public init(seq: Int64, id: String, kind: String, createdAt: String, hlc: Int64, payload: String) {
        self.seq = seq
        self.id = id
        self.kind = kind
        self.createdAt = createdAt
        self.hlc = hlc
        self.payload = payload
    }
}
