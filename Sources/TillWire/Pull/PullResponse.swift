/// `GET /v1/pull?after=CURSOR&limit=N`: the next page of the terminal's store's change feed.
public struct PullResponse: Codable, Hashable, Sendable {
    /// The changes after the cursor, in feed order.
    public let changes: [Change]
    /// Where the next pull starts: the last change's id, or the cursor asked for when there were
    /// none. The terminal saves it in the transaction that applies the changes.
    public let cursor: Int64
    /// Whether more changes wait after this page.
    public let more: Bool
    /// Set when the hub does not know the cursor asked for (a hub restored from a backup): the
    /// feed starts again from its beginning, which the terminal applies over what it holds.
    public let reset: Bool
    /// The hub's clock, merged by the terminal.
    public let hubHLC: Int64

    public init(changes: [Change], cursor: Int64, more: Bool, reset: Bool = false, hubHLC: Int64) {
        self.changes = changes
        self.cursor = cursor
        self.more = more
        self.reset = reset
        self.hubHLC = hubHLC
    }

    /// The longest page a pull may ask for.
    public static let maximumLimit = 1_000
}
