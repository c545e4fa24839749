/// A category or product as the hub publishes it: its id and its JSON (a TillCore `Category` or
/// `Product` encoded with `WireJSON`, whose sorted keys make equal records equal text).
public struct CatalogRecord: Hashable, Sendable {
    public let key: String
    public let data: String

    public init(key: String, data: String) {
        self.key = key
        self.data = data
    }
}
