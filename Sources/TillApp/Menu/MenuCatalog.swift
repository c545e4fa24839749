public import TillCore

/// What the menu screen reads: categories, a category's products, and products matching typed text.
///
/// Reads are synchronous, like the scan lookup: they are indexed queries on the local store that take
/// well under a millisecond, so the menu answers every key in the same frame.
public protocol MenuCatalog {
    func categories() throws -> [Category]
    /// A category's products by name, at most `limit`.
    func products(inCategory categoryID: String, limit: Int) throws -> [Product]
    /// Products matching what the cashier is typing, best first, at most `limit`.
    func products(matching text: String, limit: Int) throws -> [Product]
}
