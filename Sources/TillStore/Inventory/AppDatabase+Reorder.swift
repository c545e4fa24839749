import GRDB
public import TillCore

extension AppDatabase {
    /// Sets when a product is low at a location and its order multiple; nil clears it.
    public func setReorderLevel(_ level: ReorderLevel?, of productID: ProductID, at locationID: String) throws(StoreError) {
        try write { db in
            try Self.checkLocation(locationID, db)
            guard let level else {
                try db.execute(sql: "DELETE FROM reorder_level WHERE product_id = ? AND location_id = ?",
                               arguments: [productID.rawValue, locationID])
                return
            }
            try db.execute(sql: """
                INSERT INTO reorder_level (product_id, location_id, point, quantity) VALUES (?, ?, ?, ?)
                ON CONFLICT (product_id, location_id) DO UPDATE SET point = excluded.point, quantity = excluded.quantity
                """, arguments: [productID.rawValue, locationID, level.point.thousandths, level.quantity.thousandths])
        }
    }

    /// Products at or below their reorder point (a product that never moved counts as none on
    /// hand), the furthest below first, with what to order.
    public func lowStock(locationID: String? = nil) throws(StoreError) -> [LowStockEntry] {
        try read { db in
            let levels = Dictionary(try Self.levels(StockFilter(locationID: locationID), db).map { ("\($0.productID.rawValue)\t\($0.locationID)", $0) },
                                    uniquingKeysWith: { first, _ in first })
            let rules = try Row.fetchAll(db, sql: """
                SELECT r.product_id, coalesce(p.sku, r.product_id) AS sku, coalesce(p.name, r.product_id) AS name, r.location_id,
                       r.point, r.quantity
                FROM reorder_level r LEFT JOIN product p ON p.id = r.product_id
                WHERE ? IS NULL OR r.location_id = ?
                """, arguments: [locationID, locationID]).map { row -> (StockOnHand, ReorderLevel) in
                let productID = row["product_id"] as String
                let location = row["location_id"] as String
                let onHand = levels["\(productID)\t\(location)"]
                    ?? StockOnHand(productID: ProductID(productID), sku: row["sku"], name: row["name"], locationID: location,
                                   quantity: Quantity(thousandths: 0))
                return (onHand, try ReorderLevel(point: Quantity(thousandths: row["point"]), quantity: Quantity(thousandths: row["quantity"]),
                                                 product: row["sku"]))
            }
            return LowStockEntry.list(rules)
        }
    }
}
