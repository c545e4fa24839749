public import TillWire

/// One page of a store's change feed; the route adds the hub's clock to make the `PullResponse`.
public struct FeedPage: Hashable, Sendable {
    public let changes: [Change]
    /// The last change's id, or where the page started when it is empty.
    public let cursor: Int64
    public let more: Bool
    /// The cursor asked for was past the feed's end (a hub restored from a backup): the page starts
    /// again from the beginning.
    public let reset: Bool

    public init(changes: [Change], cursor: Int64, more: Bool, reset: Bool) {
        self.changes = changes
        self.cursor = cursor
        self.more = more
        self.reset = reset
    }
}
