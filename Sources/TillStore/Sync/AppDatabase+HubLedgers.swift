import GRDB

/// A product's stock at a location as the hub last summed it from every lane.
public struct HubStockLevel: Hashable, Sendable {
    public let productID: String
    public let locationID: String
    /// Thousandths of the product's unit.
    public let quantity: Int64

    public init(productID: String, locationID: String, quantity: Int64) {
        self.productID = productID
        self.locationID = locationID
        self.quantity = quantity
    }
}

extension AppDatabase {
    /// The stock levels the hub sent, by product and location.
    public func hubStockLevels() throws(StoreError) -> [HubStockLevel] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT product_id, location_id, quantity FROM stock_level ORDER BY product_id, location_id").map {
                HubStockLevel(productID: $0["product_id"], locationID: $0["location_id"], quantity: $0["quantity"])
            }
        }
    }

    /// Every customer's points as the hub sent them, by customer id.
    public func hubLoyaltyBalances() throws(StoreError) -> [String: Int64] {
        try read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT customer_id, points FROM loyalty_balance").map {
                ($0["customer_id"] as String, $0["points"] as Int64)
            })
        }
    }
}
