public import Foundation
import GRDB
public import TillCore
import TillWire

/// How a typed or scanned count changes a line: added to what was counted, or replacing it.
public enum CountEntry: Hashable, Sendable {
    case add(Quantity)
    case set(Quantity)
}

extension AppDatabase {
    /// Opens a count at a location: every product's level there is frozen as the expected quantity,
    /// with its last cost, so sales during the count do not move the target. One count at a time
    /// per location.
    public func startCount(at locationID: String, scope: CountScope, context: StockContext) throws(StoreError) -> CountSession {
        try write { db in
            try Self.checkNew(context.documentID, in: "count_session", what: "Count", db)
            try Self.checkLocation(locationID, db)
            if let open = try Int64.fetchOne(db, sql: "SELECT number FROM count_session WHERE location_id = ? AND status = 'open'",
                                             arguments: [locationID]) {
                throw StoreError.conflict("Count \(open) is already open at \(locationID); post or cancel it before starting another.")
            }
            let number = try Counter.count.next(db)
            try db.execute(sql: """
                INSERT INTO count_session (id, number, location_id, scope, status, started_at, started_by) VALUES (?, ?, ?, ?, 'open', ?, ?)
                """, arguments: [context.documentID, number, locationID, scope.rawValue, context.time, context.staffID])
            for level in try Self.levels(StockFilter(locationID: locationID), db) where level.quantity.thousandths != 0 {
                try db.execute(sql: """
                    INSERT INTO count_line (session_id, product_id, expected, unit_cost)
                    VALUES (?, ?, ?, (SELECT unit_cost FROM product_cost WHERE product_id = ?))
                    """, arguments: [context.documentID, level.productID.rawValue, level.quantity.thousandths, level.productID.rawValue])
            }
            return try Self.countSession(context.documentID, db)
        }
    }

    /// Records a count of one product: a product not on the sheet had nothing on the books when the
    /// count started, so it joins with none expected. Returns the line as it now stands.
    public func recordCount(_ entry: CountEntry, of productID: ProductID, label: String, in number: Int64, at date: Date) throws(StoreError)
        -> CountLine {
        try write { db in
            let session = try Self.openCount(number, db)
            var line = try session.sheet.first { $0.productID == productID }
                ?? CountLine(productID: productID, label: label, expected: Quantity(thousandths: 0),
                             unitCost: try Int64.fetchOne(db, sql: "SELECT unit_cost FROM product_cost WHERE product_id = ?",
                                                          arguments: [productID.rawValue]))
            do throws(InventoryError) {
                switch entry {
                case .add(let quantity): try line.add(quantity)
                case .set(let quantity): try line.set(quantity)
                }
            } catch {
                throw StoreError.refused(error)
            }
            try db.execute(sql: """
                INSERT INTO count_line (session_id, product_id, expected, unit_cost, counted, counted_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id, product_id) DO UPDATE SET counted = excluded.counted, counted_at = excluded.counted_at
                """, arguments: [session.id, productID.rawValue, line.expected.thousandths, line.unitCost, line.counted?.thousandths,
                                 Timestamp.text(date)])
            return line
        }
    }

    /// Posts a count: a count movement for every variance, and one outbox event with them all.
    public func postCount(_ number: Int64, context: StockContext) throws(StoreError) -> (RecordedStock, CountReport) {
        try write { db in
            let session = try Self.openCount(number, db)
            let report: CountReport
            do throws(InventoryError) { report = try session.report() } catch { throw StoreError.refused(error) }
            for line in report.lines {
                try StockMovement.insert(eventID: "\(session.id)/\(line.productID.rawValue)", productID: line.productID.rawValue,
                                         locationID: session.locationID, thousandths: line.variance.thousandths, reason: .count,
                                         documentID: session.id, at: context.time, db)
            }
            try db.execute(sql: """
                UPDATE count_session SET status = 'posted', closed_at = ?, closed_by = ?, event_id = ? WHERE id = ?
                """, arguments: [context.time, context.staffID, context.eventID, session.id])
            let document = CountDocument(id: session.id, number: number, location: session.locationID, scope: session.scope,
                                         startedAt: session.startedAt, lines: report.lines.map(CountDocument.Line.init))
            let stock = report.lines.map {
                StockDelta(product: $0.productID.rawValue, location: session.locationID, quantity: $0.variance.thousandths)
            }
            let sequence = try StockEvent.append(.stockCount, "count", document, stock: stock, context: context, db)
            return (RecordedStock(id: session.id, outboxSequence: sequence), report)
        }
    }

    /// Closes a count without booking anything.
    public func cancelCount(_ number: Int64, context: StockContext) throws(StoreError) {
        try write { db in
            let session = try Self.openCount(number, db)
            try db.execute(sql: "UPDATE count_session SET status = 'cancelled', closed_at = ?, closed_by = ? WHERE id = ?",
                           arguments: [context.time, context.staffID, session.id])
        }
    }

    /// A count session by number, with its sheet.
    public func countSession(_ number: Int64) throws(StoreError) -> CountSession {
        try read { db in
            guard let id = try String.fetchOne(db, sql: "SELECT id FROM count_session WHERE number = ?", arguments: [number]) else {
                throw StoreError.conflict("There is no count \(number) on this terminal; till stock count list shows the counts.")
            }
            return try Self.countSession(id, db)
        }
    }

    /// Count sessions, newest first; with `open`, only those still being counted.
    public func countSessions(open: Bool = false) throws(StoreError) -> [CountSession] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT id FROM count_session \(open ? "WHERE status = 'open'" : "") ORDER BY number DESC")
                .map { try Self.countSession($0, db) }
        }
    }

    private static func openCount(_ number: Int64, _ db: Database) throws -> CountSession {
        guard let id = try String.fetchOne(db, sql: "SELECT id FROM count_session WHERE number = ?", arguments: [number]) else {
            throw StoreError.conflict("There is no count \(number) on this terminal; start one with till stock count start.")
        }
        let session = try countSession(id, db)
        guard session.status == .open else {
            throw StoreError.conflict("Count \(number) was \(session.status.rawValue) already; start a new count to count again.")
        }
        return session
    }

    private static func countSession(_ id: String, _ db: Database) throws -> CountSession {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM count_session WHERE id = ?", arguments: [id]) else {
            throw StoreError.conflict("There is no count session \(id).")
        }
        let sheet = try Row.fetchAll(db, sql: """
            SELECT c.product_id, coalesce(p.name, c.product_id) AS label, c.expected, c.unit_cost, c.counted
            FROM count_line c LEFT JOIN product p ON p.id = c.product_id
            WHERE c.session_id = ? ORDER BY coalesce(p.sku, c.product_id)
            """, arguments: [id]).map {
            CountLine(productID: ProductID($0["product_id"] as String), label: $0["label"], expected: Quantity(thousandths: $0["expected"]),
                      unitCost: $0["unit_cost"], counted: ($0["counted"] as Int64?).map(Quantity.init(thousandths:)))
        }
        return CountSession(id: id, number: row["number"], locationID: row["location_id"], scope: CountScope(rawValue: row["scope"]) ?? .partial,
                            status: CountSession.Status(rawValue: row["status"]) ?? .open, startedAt: row["started_at"], sheet: sheet)
    }
}

/// A posted count as its event carries it: the variances it booked.
private struct CountDocument: Encodable {
    struct Line: Encodable {
        let product: String
        let expected: Int64
        let counted: Int64
        let variance: Int64
        let value: Int64?

        init(_ line: CountReport.Line) {
            product = line.productID.rawValue
            expected = line.expected.thousandths
            counted = line.counted.thousandths
            variance = line.variance.thousandths
            value = line.value
        }
    }

    let id: String
    let number: Int64
    let location: String
    let scope: CountScope
    let startedAt: String
    let lines: [Line]
}
