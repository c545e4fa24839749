public import Foundation
import GRDB
import TillWire
public import TillCore

extension AppDatabase {
    /// Stores the blind count of a shift's drawer, with its outbox event, before the shift is closed.
    ///
    /// The store applies the count to its own rebuild of the shift and keeps that result. If the
    /// expected cash differs from `close.expected`, cash was recorded on the shift after the screen
    /// built its copy, and the count is refused so it can be redone against the real drawer.
    public func saveCount(_ close: ShiftClose, shiftID: String) throws(StoreError) {
        let counted: String
        do { counted = try StoredDocument.encode(close.counted) } catch { throw .invalidData(path: path, reason: "count of shift \(shiftID): \(error)") }
        try write { db in
            var shift = try requireShift(shiftID, db)
            let result: ShiftClose
            do throws(ShiftError) {
                result = try shift.submitCount(close.counted, countedBy: close.countedBy, at: close.countedAt,
                                               varianceThreshold: close.varianceThreshold)
            } catch {
                throw StoreError.conflict(error.description)
            }
            guard result.expected == close.expected else {
                throw StoreError.conflict("Cash was recorded on shift \(shiftID) while its drawer was being counted; count the drawer again.")
            }
            try requireStaff(close.countedBy, db)
            try db.execute(sql: """
                UPDATE shift SET counted_count = ?, variance_threshold = ?, counted_by = ?, counted_at = ?, expected = ?, over_short = ?
                WHERE id = ?
                """, arguments: [counted, result.varianceThreshold.minorUnits, result.countedBy, Timestamp.text(result.countedAt),
                                 result.expected.minorUnits, result.overShort.minorUnits, shiftID])
            try Outbox.append(.shiftCount, ShiftReconciliationEvent(shiftID: shiftID, terminalID: shift.terminalID, reconciliation: result),
                              at: result.countedAt, db)
        }
    }

    /// Closes a counted shift, with its outbox event; refuses a shift that is not counted or already
    /// closed, and a missing reason when the over/short exceeds the threshold.
    public func closeShift(id: String, reason: String?, closedBy: String, at date: Date) throws(StoreError) {
        try write { db in
            var shift = try requireShift(id, db)
            let result: ShiftClose
            do throws(ShiftError) { result = try shift.close(reason: reason, closedBy: closedBy, at: date) } catch { throw StoreError.conflict(error.description) }
            try requireStaff(closedBy, db)
            try db.execute(sql: "UPDATE shift SET reason = ?, closed_by = ?, closed_at = ? WHERE id = ?",
                           arguments: [result.reason, closedBy, Timestamp.text(date), id])
            try Outbox.append(.shiftClose, ShiftReconciliationEvent(shiftID: id, terminalID: shift.terminalID, reconciliation: result),
                              at: date, db)
        }
    }
}
