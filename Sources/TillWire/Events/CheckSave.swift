/// A restaurant check as a lane saved or closed it: the payload of a `check` event, and, once the hub
/// holds it, the check's state in the store's change feed, so any lane can pick the table up.
///
/// Every save names the revision it was made over. The hub takes a save only over the revision it
/// holds: a lane that changed an older revision (two lanes at one table, or one offline) is refused,
/// and the hub sends its own revision back through the feed for that lane to rebase its change on.
public struct CheckSave: Codable, Hashable, Sendable {
    /// The check's id.
    public let id: String
    /// This save's id (its event's id): what the next save names as its base.
    public let revision: String
    /// The revision this save was made over; nil for a check new on this lane.
    public let base: String?
    /// Whether the check is gone: paid, merged into another or discarded. `document` is then the
    /// check as it was last kept.
    public let closed: Bool
    /// Whether it was closed by payment: the floor shows its table paid, to be cleared.
    public let paid: Bool
    /// The first cart line id this save may have added: lines from it on are new since `base`.
    public let firstNewLine: Int
    /// The terminal that saved it.
    public let terminalID: String
    /// The check (TillCore's `Check`) as JSON text.
    public let document: String

    public init(id: String, revision: String, base: String?, closed: Bool, paid: Bool = false, firstNewLine: Int, terminalID: String,
                document: String) {
        self.id = id
        self.revision = revision
        self.base = base
        self.closed = closed
        self.paid = paid
        self.firstNewLine = firstNewLine
        self.terminalID = terminalID
        self.document = document
    }
}
