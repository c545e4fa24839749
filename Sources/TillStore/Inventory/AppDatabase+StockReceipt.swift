import GRDB
public import TillCore
import TillWire

/// A stock document as recorded: its id, and its place in the outbox.
public struct RecordedStock: Hashable, Sendable {
    public let id: String
    public let outboxSequence: Int64
}

extension AppDatabase {
    /// Books a delivery in at a location in one transaction: the receipt and its lines, a movement
    /// per line, each product's last cost, and the outbox event.
    ///
    /// A delivery note (supplier and reference) can be booked once only, so the same paperwork
    /// keyed in twice is refused before it doubles the stock.
    public func receive(_ delivery: Delivery, at locationID: String, context: StockContext) throws(StoreError) -> RecordedStock {
        try write { db in
            try Self.checkNew(context.documentID, in: "stock_receipt", what: "Receipt", db)
            try Self.checkLocation(locationID, db)
            try Self.checkReference(of: delivery, db)
            try db.execute(sql: """
                INSERT INTO stock_receipt (id, location_id, supplier, reference, staff_id, terminal_id, received_at, event_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [context.documentID, locationID, delivery.supplier, delivery.reference, context.staffID,
                                 context.terminalID, context.time, context.eventID])
            for (position, line) in delivery.lines.enumerated() {
                try db.execute(sql: """
                    INSERT INTO stock_receipt_line (receipt_id, position, product_id, quantity, unit_cost) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [context.documentID, position, line.productID.rawValue, line.quantity.thousandths, line.unitCost])
                try StockMovement.insert(eventID: "\(context.documentID)/\(position)", productID: line.productID.rawValue,
                                         locationID: locationID, thousandths: line.quantity.thousandths, reason: .receipt,
                                         documentID: context.documentID, at: context.time, db)
                if let cost = line.unitCost {
                    try db.execute(sql: """
                        INSERT INTO product_cost (product_id, unit_cost, received_at) VALUES (?, ?, ?)
                        ON CONFLICT (product_id) DO UPDATE SET unit_cost = excluded.unit_cost, received_at = excluded.received_at
                        WHERE excluded.received_at >= product_cost.received_at
                        """, arguments: [line.productID.rawValue, cost, context.time])
                }
            }
            let document = ReceiptDocument(id: context.documentID, location: locationID, supplier: delivery.supplier,
                                           reference: delivery.reference, lines: delivery.lines.map(ReceiptDocument.Line.init))
            let stock = delivery.lines.map {
                StockDelta(product: $0.productID.rawValue, location: locationID, quantity: $0.quantity.thousandths)
            }
            let sequence = try StockEvent.append(.stockReceipt, "receipt", document, stock: stock, context: context, db)
            return RecordedStock(id: context.documentID, outboxSequence: sequence)
        }
    }

    /// Refuses a delivery note booked before, saying when.
    private static func checkReference(of delivery: Delivery, _ db: Database) throws {
        guard let reference = delivery.reference, let earlier = try Row.fetchOne(db, sql: """
            SELECT id, received_at FROM stock_receipt WHERE coalesce(supplier, '') = ? AND reference = ?
            """, arguments: [delivery.supplier ?? "", reference]) else { return }
        let from = delivery.supplier.map { " from \($0)" } ?? ""
        throw StoreError.conflict("Delivery note \(reference)\(from) was booked already at \(earlier["received_at"] as String) "
            + "(receipt \(earlier["id"] as String)); check the paperwork, or give its own reference.")
    }
}

/// A delivery as its event carries it.
private struct ReceiptDocument: Encodable {
    struct Line: Encodable {
        let product: String
        let quantity: Int64
        let unitCost: Int64?

        init(_ line: Delivery.Line) {
            product = line.productID.rawValue
            quantity = line.quantity.thousandths
            unitCost = line.unitCost
        }
    }

    let id: String
    let location: String
    let supplier: String?
    let reference: String?
    let lines: [Line]
}
