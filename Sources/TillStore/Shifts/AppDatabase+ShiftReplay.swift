import Foundation
import GRDB
import TillCore

extension AppDatabase {
    /// The shift with this id as the core sees it, rebuilt from its rows through the core's own rules:
    /// the float, the cash of its committed sales, its cash movements in the order they were accepted,
    /// the cash its refunds gave back, then its count and its close if it has them.
    ///
    /// Sales go before the movements and refunds after them rather than in time order: sales only ever
    /// add cash and refunds only take it, so a paid out that the drawer covered when it was made is
    /// covered on replay too. The sales' and refunds' cash comes summed from `shift_cash`, which their
    /// commits keep; training sales and refunds are left out of it, as their cash is not real. A
    /// shift that no longer replays is damaged data.
    func replayShift(id: String, _ db: Database) throws -> Shift? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM shift WHERE id = ?", arguments: [id]) else { return nil }
        do {
            var shift = Shift(id: id, terminalID: row["terminal_id"], cashierID: row["cashier_id"],
                              openedAt: try Self.date(row["opened_at"]),
                              openingFloat: try StoredDocument.decode(CashCount.self, from: row["float_count"]))
            try replaySales(into: &shift, db)
            try replayMovements(into: &shift, db)
            try replayRefunds(into: &shift, db)
            if let counted: String = row["counted_count"] {
                _ = try shift.submitCount(try StoredDocument.decode(CashCount.self, from: counted), countedBy: row["counted_by"],
                                          at: try Self.date(row["counted_at"]),
                                          varianceThreshold: Money(minorUnits: row["variance_threshold"], currency: shift.currency))
            }
            if let closedAt: String = row["closed_at"] {
                _ = try shift.close(reason: row["reason"], closedBy: row["closed_by"], at: try Self.date(closedAt))
            }
            return shift
        } catch let error as DatabaseError {
            throw error
        } catch {
            throw StoreError.invalidData(path: path, reason: "shift \(id) cannot be rebuilt: \(error)")
        }
    }

    /// The id of the terminal's one shift that is not closed, if it has one.
    func unclosedShiftID(terminalID: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT id FROM shift WHERE terminal_id = ? AND closed_at IS NULL", arguments: [terminalID])
    }

    /// Adds the cash tendered and the change given in the shift's real sales, as one cash sale.
    private func replaySales(into shift: inout Shift, _ db: Database) throws {
        let cash = try Row.fetchOne(db, sql: "SELECT tendered, change FROM shift_cash WHERE shift_id = ?", arguments: [shift.id])
        let tendered: Int64 = cash?["tendered"] ?? 0
        let change: Int64 = cash?["change"] ?? 0
        guard tendered != 0 || change != 0 else { return }
        try shift.recordCashSale(tendered: Money(minorUnits: tendered, currency: shift.currency),
                                 change: Money(minorUnits: change, currency: shift.currency))
    }

    /// Takes out the cash paid back by the shift's real refunds, as one refund.
    private func replayRefunds(into shift: inout Shift, _ db: Database) throws {
        let cash = try Int64.fetchOne(db, sql: "SELECT refunded FROM shift_cash WHERE shift_id = ?", arguments: [shift.id]) ?? 0
        guard cash != 0 else { return }
        try shift.recordCashRefund(Money(minorUnits: cash, currency: shift.currency))
    }

    private func replayMovements(into shift: inout Shift, _ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, kind, amount, reason, staff_id, at FROM cash_movement WHERE shift_id = ? ORDER BY seq",
                                    arguments: [shift.id])
        for row in rows {
            let kindName: String = row["kind"]
            guard let kind = CashMovement.Kind(rawValue: kindName) else {
                throw ReplayFailure(description: "cash movement \(row["id"] as String) has the unknown kind \(kindName)")
            }
            try shift.record(CashMovement(id: row["id"], kind: kind, amount: Money(minorUnits: row["amount"], currency: shift.currency),
                                          reason: row["reason"], staffID: row["staff_id"], at: try Self.date(row["at"])))
        }
    }

    private static func date(_ text: String) throws -> Date {
        guard let date = Timestamp.date(text) else { throw ReplayFailure(description: "\(text) is not an ISO 8601 time") }
        return date
    }
}

/// A stored value that does not read back; `replayShift` reports it with the shift's id.
private struct ReplayFailure: Error, CustomStringConvertible {
    let description: String
}
