import GRDB
public import TillCore

extension AppDatabase {
    /// Inserts products the store does not hold yet, for filling a new store (the demo's generated
    /// catalog): `saveProducts` without its look-ups of each product's previous row and category name.
    ///
    /// A product whose id, SKU, PLU or barcode is already taken is refused, and the batch with it.
    public func insertProducts(_ products: [Product]) throws(StoreError) {
        try write { db in
            let writer = try ProductWriter(db)
            let categoryNames = try Dictionary(Row.fetchAll(db, sql: "SELECT id, name FROM category").map { row in
                (row["id"] as String, row["name"] as String)
            }, uniquingKeysWith: { first, _ in first })
            for product in products {
                try writer.save(product, keys: product.barcodeKeys, previous: nil, categoryName: product.categoryID.flatMap { categoryNames[$0] })
            }
        }
    }
}
