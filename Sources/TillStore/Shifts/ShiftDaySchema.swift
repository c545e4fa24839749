import Foundation
import GRDB
import TillCore

/// Each shift's business day, booked when it opens as a sale is, so a drawer opened after its local
/// day's Z counts in the next Z together with its sales.
///
/// Shifts stored before this column get the day they would have been booked on: the local day they
/// opened, moved past the last Z closed before they opened.
enum ShiftDaySchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE shift ADD COLUMN business_day TEXT")
        let calendar = BusinessCalendar()
        let shifts = try Row.fetchAll(db, sql: """
            SELECT id, opened_at,
                   (SELECT to_day FROM z_report WHERE closed_at <= shift.opened_at ORDER BY number DESC LIMIT 1) AS last_closed
            FROM shift
            """)
        for shift in shifts {
            let id: String = shift["id"]
            let opened: String = shift["opened_at"]
            guard let date = Timestamp.date(opened) else {
                throw try StoreError.damaged("shift \(id) has the unreadable opening time \(opened)", in: db)
            }
            let day: String
            do { day = try BookingDay.day(of: date, lastClosed: shift["last_closed"], calendar: calendar) } catch {
                throw try StoreError.damaged("the business day of shift \(id) cannot be worked out: \(error)", in: db)
            }
            try db.execute(sql: "UPDATE shift SET business_day = ? WHERE id = ?", arguments: [day, id])
        }
        try db.execute(sql: "CREATE INDEX shift_by_day ON shift(business_day, opened_at, id)")
    }
}
