import GRDB
public import TillCore

extension AppDatabase {
    /// Saves products, new or changed and matched by id, in one transaction with their tax rows,
    /// barcode keys and search entries, so a lookup never sees half a product.
    ///
    /// A SKU, PLU or barcode that another product holds is refused (SQLite's UNIQUE constraint), as
    /// is a tax class or category the store does not have (foreign keys, checked at commit so a
    /// variant may come before its parent).
    public func saveProducts(_ products: [Product]) throws(StoreError) {
        try write { db in
            let writer = try ProductWriter(db)
            for product in products {
                let previous = try ProductRow.fetchOne(db, ProductRow.byID, product.id.rawValue)
                let categoryName = try product.categoryID.flatMap {
                    try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM category WHERE id = ?"), arguments: [$0])
                }
                try writer.save(product, keys: product.barcodeKeys, previous: previous, categoryName: categoryName)
            }
        }
    }

    /// Saves one product; see `saveProducts(_:)`.
    public func saveProduct(_ product: Product) throws(StoreError) {
        try saveProducts([product])
    }

    /// Creates or renames a category, and re-files its products' search entries under the new name.
    public func saveCategory(_ category: Category) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO category (id, name, parent_id) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id
                """, arguments: [category.id, category.name, category.parentID])
            try db.execute(sql: """
                UPDATE product_search SET category = ?
                WHERE rowid IN (SELECT rowid FROM product WHERE category_id = ?) AND category IS NOT ?
                """, arguments: [category.name, category.id, category.name])
        }
    }

    /// Every category, by name.
    public func categories() throws(StoreError) -> [Category] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, parent_id FROM category ORDER BY name, id").map {
                Category(id: $0["id"], name: $0["name"], parentID: $0["parent_id"])
            }
        }
    }
}
