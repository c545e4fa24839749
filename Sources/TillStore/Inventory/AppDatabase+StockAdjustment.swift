import Foundation
import GRDB
public import TillCore
import TillWire

/// Stock written up or down by hand: what, where, how much, and why.
public struct StockAdjustment: Hashable, Sendable {
    public let productID: ProductID
    /// How people know the product (name or SKU), for messages.
    public let label: String
    public let locationID: String
    /// Positive adds stock, negative takes it away.
    public let quantity: Quantity
    public let reason: AdjustmentReason
    public let note: String?

    /// An adjustment whose quantity goes the way its reason allows.
    public init(productID: ProductID, label: String, locationID: String, quantity: Quantity, reason: AdjustmentReason,
                note: String? = nil) throws(InventoryError) {
        try reason.check(quantity, product: label)
        self.productID = productID
        self.label = label
        self.locationID = locationID
        self.quantity = quantity
        self.reason = reason
        self.note = note.map { String($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0.isEmpty ? nil : $0 }
    }
}

extension AppDatabase {
    /// Records an adjustment, its movement and its outbox event in one transaction.
    public func adjust(_ adjustment: StockAdjustment, context: StockContext) throws(StoreError) -> RecordedStock {
        try write { db in
            try Self.checkNew(context.documentID, in: "stock_adjustment", what: "Adjustment", db)
            try Self.checkLocation(adjustment.locationID, db)
            try db.execute(sql: """
                INSERT INTO stock_adjustment (id, location_id, product_id, quantity, reason, note, staff_id, approved_by, terminal_id,
                                              adjusted_at, event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [context.documentID, adjustment.locationID, adjustment.productID.rawValue, adjustment.quantity.thousandths,
                                 adjustment.reason.rawValue, adjustment.note, context.staffID, context.approvedBy, context.terminalID,
                                 context.time, context.eventID])
            try StockMovement.insert(eventID: context.documentID, productID: adjustment.productID.rawValue, locationID: adjustment.locationID,
                                     thousandths: adjustment.quantity.thousandths, reason: .adjustment, documentID: context.documentID,
                                     at: context.time, db)
            let document = AdjustmentDocument(id: context.documentID, product: adjustment.productID.rawValue, location: adjustment.locationID,
                                              quantity: adjustment.quantity.thousandths, reason: adjustment.reason, note: adjustment.note)
            let stock = [StockDelta(product: adjustment.productID.rawValue, location: adjustment.locationID,
                                    quantity: adjustment.quantity.thousandths)]
            let sequence = try StockEvent.append(.stockAdjustment, "adjustment", document, stock: stock, context: context, db)
            return RecordedStock(id: context.documentID, outboxSequence: sequence)
        }
    }
}

/// An adjustment as its event carries it.
private struct AdjustmentDocument: Encodable {
    let id: String
    let product: String
    let location: String
    let quantity: Int64
    let reason: AdjustmentReason
    let note: String?
}
