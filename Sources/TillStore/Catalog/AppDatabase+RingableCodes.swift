import GRDB

extension AppDatabase {
    /// A code a cashier would ring each product up by: its first barcode, else its PLU, else its SKU;
    /// in SKU order, for simulations and benchmarks. Weighed products without a label come as "0.5*PLU".
    public func ringableCodes(limit: Int = 10_000) throws(StoreError) -> [String] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.sku, p.plu, p.unit, p.open_price,
                       (SELECT key FROM barcode b WHERE b.product_id = p.id ORDER BY length(key), key LIMIT 1) AS code
                FROM product p WHERE p.sold_out = 0 AND p.open_price = 0 AND p.minimum_age IS NULL
                ORDER BY p.sku LIMIT ?
                """, arguments: [limit]).map { row -> String in
                let code: String = (row["code"] as String?) ?? (row["plu"] as String?) ?? row["sku"]
                return row["unit"] == "kg" && row["code"] == nil ? "0.5*" + code : code
            }
        }
    }
}
