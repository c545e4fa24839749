import GRDB
public import TillCore

extension AppDatabase {
    /// Every product, by SKU, read as every lookup reads one: what `till-hub catalog import` publishes
    /// after importing a file over the hub's catalog.
    public func allProducts() throws(StoreError) -> [Product] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(ProductRow.columns) FROM product ORDER BY product.sku").map(ProductRow.product(from:))
        }
    }
}
