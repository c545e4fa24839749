/// What publishing a catalog changed, so a manager sees an unchanged re-import cost terminals nothing.
public struct CatalogPublication: Hashable, Sendable {
    public var categories = RecordCounts()
    public var products = RecordCounts()

    public init() {}

    /// Records new to the hub, different from what it had, or the same.
    public struct RecordCounts: Hashable, Sendable {
        public var added = 0
        public var changed = 0
        public var unchanged = 0

        public init() {}
    }
}
