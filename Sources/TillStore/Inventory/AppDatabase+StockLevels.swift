import GRDB
public import TillCore

/// Which levels to read: one location or all, one product or all.
public struct StockFilter: Hashable, Sendable {
    public var locationID: String?
    public var productID: ProductID?

    public init(locationID: String? = nil, productID: ProductID? = nil) {
        self.locationID = locationID
        self.productID = productID
    }
}

extension AppDatabase {
    /// Stock on hand by product and location, by SKU then location: products that have ever moved
    /// at a location (or that the hub reports there).
    ///
    /// A level is the hub's sum of every lane's movements, as last pulled, plus this terminal's own
    /// movements the hub has not acknowledged yet (their events sit past the push cursor, or are
    /// being written). Unpaired, the hub's part is empty and every local movement counts, so the
    /// level is this terminal's ledger; paired, it is the store's level, and a sale rung up offline
    /// shows at once. A movement the hub refused drops out once acknowledged, as the hub's level
    /// never had it.
    public func stockLevels(_ filter: StockFilter = StockFilter()) throws(StoreError) -> [StockOnHand] {
        try read { db in try Self.levels(filter, db) }
    }

    /// The levels below zero: stock sold that the books never had (offline sales, goods not yet
    /// received), which a manager must look into.
    public func stockExceptions(locationID: String? = nil) throws(StoreError) -> [StockOnHand] {
        try stockLevels(StockFilter(locationID: locationID)).filter(\.isException)
    }

    static func levels(_ filter: StockFilter, _ db: Database) throws -> [StockOnHand] {
        let (condition, arguments) = filter.sql
        return try Row.fetchAll(db, sql: """
            WITH movements (product_id, location_id, quantity) AS (
                SELECT product_id, location_id, quantity FROM stock_level WHERE \(condition)
                UNION ALL
                SELECT product_id, location_id, quantity FROM stock_movement
                WHERE (outbox_seq IS NULL OR outbox_seq > coalesce((SELECT pushed_through FROM sync_state WHERE id = 1), -1))
                      AND \(condition)
            )
            SELECT m.product_id, coalesce(p.sku, m.product_id) AS sku, coalesce(p.name, m.product_id) AS name, m.location_id,
                   sum(m.quantity) AS quantity
            FROM movements m LEFT JOIN product p ON p.id = m.product_id
            GROUP BY m.product_id, m.location_id ORDER BY sku, m.location_id
            """, arguments: arguments + arguments).map(StockOnHand.init(row:))
    }

    /// One product's level at one location, as `stockLevels` works it out.
    public func stockLevel(productID: ProductID, locationID: String = StockLocation.floor.id) throws(StoreError) -> Quantity {
        try stockLevels(StockFilter(locationID: locationID, productID: productID)).first?.quantity ?? Quantity(thousandths: 0)
    }
}

extension StockFilter {
    /// The WHERE condition over `product_id` and `location_id`, and its arguments.
    var sql: (String, StatementArguments) {
        var conditions = ["1"]
        var arguments: StatementArguments = []
        if let locationID {
            conditions.append("location_id = ?")
            arguments += [locationID]
        }
        if let productID {
            conditions.append("product_id = ?")
            arguments += [productID.rawValue]
        }
        return (conditions.joined(separator: " AND "), arguments)
    }
}

extension StockOnHand {
    init(row: Row) {
        self.init(productID: ProductID(row["product_id"] as String), sku: row["sku"], name: row["name"], locationID: row["location_id"],
                  quantity: Quantity(thousandths: row["quantity"]))
    }
}
