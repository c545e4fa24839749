public import TillCore
public import TillStore

/// The store answers the menu: its own `categories()` and `products(inCategory:limit:)`, and search.
extension AppDatabase: MenuCatalog {
    public func products(matching text: String, limit: Int) throws -> [Product] {
        try searchProducts(text, limit: limit).compactMap { try product(id: $0.id) }
    }
}
