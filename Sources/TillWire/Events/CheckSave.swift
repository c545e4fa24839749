/// A restaurant check as a lane saved or closed it, shared with the store's other lanes.
///
/// It is the payload of a `check` event and, once the hub holds it, the check's state in the
/// store's change feed, so any lane can pick the table up. Every save names the revision it was
/// made over; the hub takes it only over the revision it holds. A lane that changed an older
/// revision (two lanes at one table, or one offline) is refused, and the hub sends its own revision
/// back through the feed for that lane to rebase its change on.
public struct CheckSave: Codable, Hashable, Sendable {
    /// The check's id.
    public let id: String
    /// This save's id (its event's id): what the next save names as its base.
    public let revision: String
    /// The revision this save was made over; nil for a check new on this lane.
    public let base: String?
    /// How many saves lead to this one (the base's plus one): a lane passes over a revision from
    /// the feed that is not newer than the one it holds.
    public let generation: Int
    /// Whether the check is gone: paid, merged into another or discarded. `document` is then the
    /// check as it was last kept.
    public let closed: Bool
    /// Whether it was closed by payment: the floor shows its table paid, to be cleared.
    public let paid: Bool
    /// The first cart line id this save may have added: lines from it on are new since `base`.
    public let firstNewLine: Int
    /// The terminal that saved it, and when (ISO 8601, UTC).
    public let terminalID: String
    public let savedAt: String
    /// The check (TillCore's `Check`) as JSON text.
    public let document: String

    public init(id: String, revision: String, base: String?, generation: Int, closed: Bool, paid: Bool = false, firstNewLine: Int,
                terminalID: String, savedAt: String, document: String) {
        self.id = id
        self.revision = revision
        self.base = base
        self.generation = generation
        self.closed = closed
        self.paid = paid
        self.firstNewLine = firstNewLine
        self.terminalID = terminalID
        self.savedAt = savedAt
        self.document = document
    }
}
