public import TillCore
public import TillStore

/// What the menu screen reads: categories, a category's products, products matching typed text, and
/// the product picked.
///
/// Reads are synchronous, like the scan lookup: they are indexed queries on the local store that take
/// well under a millisecond, so the menu answers every key in the same frame.
public protocol MenuCatalog: ProductLookup {
    func categories() throws -> [Category]
    /// A category's products by name, at most `limit`.
    func products(inCategory categoryID: String, limit: Int) throws -> [Product]
    /// Products matching what the cashier is typing, best first, at most `limit`, as summaries.
    func searchProducts(_ text: String, limit: Int) throws -> [ProductSummary]
}
