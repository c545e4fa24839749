public import TillCore

/// The store answers the till's lookups with one indexed query each, so a scan stays fast at a million products.
extension AppDatabase: ProductLookup {
    public func product(id: ProductID) throws(StoreError) -> Product? {
        try lookUp(ProductRow.byID, id.rawValue)
    }

    /// By a barcode key: a code as written, or a GTIN's 14-digit form.
    public func product(barcode key: String) throws(StoreError) -> Product? {
        try lookUp(ProductRow.byBarcode, key)
    }

    public func product(plu: String) throws(StoreError) -> Product? {
        try lookUp(ProductRow.byPLU, plu)
    }

    public func product(sku: String) throws(StoreError) -> Product? {
        try lookUp(ProductRow.bySKU, sku)
    }

    private func lookUp(_ sql: String, _ key: String) throws(StoreError) -> Product? {
        try read { db in try ProductRow.fetchOne(db, sql, key) }
    }
}
