public import Foundation
import GRDB
import TillCore

extension AppDatabase {
    /// The business day a sale or refund made at `date` counts for: its calendar day, or the day after
    /// the last Z report when that Z has closed the day already, so nothing lands in a closed period.
    public func bookingDay(for date: Date, calendar: BusinessCalendar = BusinessCalendar()) throws(StoreError) -> String {
        let lastClosed = try read { db in try String.fetchOne(db, sql: "SELECT to_day FROM z_report ORDER BY number DESC LIMIT 1") }
        do throws(ReportError) {
            let day = try calendar.day(of: date)
            guard let lastClosed, lastClosed >= day.iso else { return day.iso }
            return try calendar.day(after: try BusinessDay(lastClosed)).iso
        } catch {
            throw .invalidData(path: path, reason: "the business day of \(Timestamp.text(date)) cannot be worked out: \(error)")
        }
    }
}
