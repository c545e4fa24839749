import GRDB
import TillCore

/// Writes a product and everything indexed from it (tax rows, barcode keys, the search row) with
/// cached statements, so saving one product and importing a million run the same code.
struct ProductWriter {
    let db: Database
    /// One timestamp for the whole save or import.
    let updatedAt: String

    /// Prepares `db`'s current transaction; foreign keys are checked at commit, because a variant may
    /// be written before its parent.
    init(_ db: Database) throws {
        self.db = db
        updatedAt = try String.fetchOne(db, sql: "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')") ?? ""
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
    }

    /// Saves `product` over `previous` (what the store holds under its id, nil when new), rewriting
    /// only the index rows whose source changed; `keys` are the product's `barcodeKeys`, which the
    /// caller may already have worked out. With `takingOver`, a barcode key or PLU that another
    /// product holds moves to this one: only an import that saw that product give it up sets it.
    func save(_ product: Product, keys: [String], previous: Product?, categoryName: String?, takingOver: Bool = false) throws {
        let id = product.id.rawValue
        if takingOver, let plu = product.plu, plu != previous?.plu {
            try db.cachedStatement(sql: "UPDATE product SET plu = NULL WHERE plu = ? AND id <> ?")
                .execute(arguments: [plu, id])
        }
        let arguments: StatementArguments = [
            product.sku, product.name, product.brand, product.categoryID, product.price,
            product.pricedPer.thousandths, product.unit.rawValue, product.plu, product.openPrice,
            product.minimumAge, product.soldOut, product.variantOf?.rawValue,
            try ProductDetails(product).json(), updatedAt, id,
        ]
        let rowid: Int64
        if previous == nil {
            try db.cachedStatement(sql: Self.insert).execute(arguments: arguments)
            rowid = db.lastInsertedRowID
        } else if let updated = try Int64.fetchOne(db.cachedStatement(sql: Self.update), arguments: arguments) {
            rowid = updated
        } else {
            throw UnreadableProduct(reason: "product \(id) vanished while it was being saved")
        }
        if product.taxCodes != previous?.taxCodes {
            if previous != nil {
                try db.cachedStatement(sql: "DELETE FROM product_tax WHERE product_id = ?").execute(arguments: [id])
            }
            let insert = try db.cachedStatement(sql: "INSERT INTO product_tax (product_id, tax_code, position) VALUES (?, ?, ?)")
            for (position, code) in product.taxCodes.enumerated() {
                try insert.execute(arguments: [id, code, position])
            }
        }
        if product.barcodes != previous?.barcodes {
            if previous != nil {
                try db.cachedStatement(sql: "DELETE FROM barcode WHERE product_id = ?").execute(arguments: [id])
            }
            let insert = try db.cachedStatement(sql: takingOver ? Self.takeOverBarcode : Self.insertBarcode)
            for key in keys {
                try insert.execute(arguments: [key, id])
            }
        }
        if let previous, previous.name == product.name, previous.brand == product.brand,
           previous.sku == product.sku, previous.categoryID == product.categoryID {
            return
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO product_search (rowid, name, brand, sku, category) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [rowid, product.name, product.brand, product.sku, categoryName])
    }

    private static let insert = """
        INSERT INTO product (sku, name, brand, category_id, price, priced_per, unit, plu, open_price,
                             minimum_age, sold_out, variant_of, details, updated_at, id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    private static let update = """
        UPDATE product SET sku = ?, name = ?, brand = ?, category_id = ?, price = ?, priced_per = ?, unit = ?,
            plu = ?, open_price = ?, minimum_age = ?, sold_out = ?, variant_of = ?, details = ?, updated_at = ?
        WHERE id = ?
        RETURNING rowid
        """
    private static let insertBarcode = "INSERT INTO barcode (key, product_id) VALUES (?, ?)"
    private static let takeOverBarcode = """
        INSERT INTO barcode (key, product_id) VALUES (?, ?)
        ON CONFLICT (key) DO UPDATE SET product_id = excluded.product_id
        """
}
