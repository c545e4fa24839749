import GRDB
import TillWire

extension SQLitePush {
    /// Adds a stock movement to its level, noting the event that took a level below zero for a manager.
    mutating func addStock(_ delta: StockDelta, eventID: String) throws {
        let level = try Int64.fetchOne(db, sql: """
            INSERT INTO stock_level (store_id, product_id, location_id, quantity) VALUES (?, ?, ?, ?)
            ON CONFLICT (store_id, product_id, location_id) DO UPDATE SET quantity = quantity + excluded.quantity
            RETURNING quantity
            """, arguments: [terminal.storeID, delta.product, delta.location, delta.quantity]) ?? delta.quantity
        if level < 0, level - delta.quantity >= 0 {
            try db.execute(sql: """
                INSERT INTO stock_exception (store_id, event_id, product_id, location_id, quantity, at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (store_id, event_id, product_id, location_id) DO UPDATE SET quantity = excluded.quantity
                """, arguments: [terminal.storeID, eventID, delta.product, delta.location, level, now.timestampText])
        }
        changes.set(.stock, key: delta.product, variant: delta.location,
                    data: try WireJSON.encode(StockLevel(location: delta.location, quantity: level)))
    }

    /// Adds earned, spent or returned points to the customer's balance, and to the points earned in
    /// all that decide the tier.
    mutating func addPoints(_ delta: LoyaltyDelta) throws {
        let row = try Row.fetchOne(db, sql: """
            INSERT INTO loyalty_balance (store_id, customer_id, points, earned) VALUES (?, ?, ?, ?)
            ON CONFLICT (store_id, customer_id) DO UPDATE SET points = points + excluded.points, earned = earned + excluded.earned
            RETURNING points, earned
            """, arguments: [terminal.storeID, delta.customer, delta.points, delta.earnedPoints])
        let balance = LoyaltyBalance(points: row?["points"] ?? delta.points, earned: row?["earned"] ?? delta.earnedPoints)
        changes.set(.loyalty, key: delta.customer, data: try WireJSON.encode(balance))
    }

    /// Merges a profile edit field by field; the merged record goes to the feed even when no field
    /// won, so the editing terminal learns what the hub kept.
    mutating func merge(_ edit: CustomerEdit, stamp: FieldStamp) throws {
        guard let id = edit.id else { return }
        let stored = try Row.fetchOne(db, sql: "SELECT record, field_hlc FROM customer WHERE store_id = ? AND customer_id = ?",
                                      arguments: [terminal.storeID, id])
        var record = try stored.map {
            CustomerRecord(fields: try WireJSON.decode([String: JSONValue].self, from: $0["record"]),
                           stamps: try WireJSON.decode([String: FieldStamp].self, from: $0["field_hlc"]))
        } ?? CustomerRecord()
        record.merge(edit, stamp: stamp)
        let fields = try WireJSON.encode(record.fields)
        try db.execute(sql: """
            INSERT INTO customer (store_id, customer_id, record, field_hlc) VALUES (?, ?, ?, ?)
            ON CONFLICT (store_id, customer_id) DO UPDATE SET record = excluded.record, field_hlc = excluded.field_hlc
            """, arguments: [terminal.storeID, id, fields, try WireJSON.encode(record.stamps)])
        changes.set(.customer, key: id, data: fields)
    }
}
