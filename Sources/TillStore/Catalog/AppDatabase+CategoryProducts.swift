import GRDB
public import TillCore

extension AppDatabase {
    /// A category's products by name, at most `limit` of them: what the menu screen lists.
    public func products(inCategory categoryID: String, limit: Int) throws(StoreError) -> [Product] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: ProductRow.byCategory), arguments: [categoryID, limit])
                .map(ProductRow.product(from:))
        }
    }
}
