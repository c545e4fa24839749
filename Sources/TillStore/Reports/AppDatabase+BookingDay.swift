public import Foundation
import GRDB
import TillCore

extension AppDatabase {
    /// The business day a sale, refund or shift begun at `date` counts for: its calendar day, or the
    /// day after the last Z report when that Z has closed the day already, so nothing lands in a closed period.
    public func bookingDay(for date: Date, calendar: BusinessCalendar = BusinessCalendar()) throws(StoreError) -> String {
        try read { db in try bookingDay(for: date, calendar: calendar, db) }
    }

    /// `bookingDay(for:calendar:)` in the caller's transaction.
    func bookingDay(for date: Date, calendar: BusinessCalendar, _ db: Database) throws -> String {
        let lastClosed = try String.fetchOne(db, sql: "SELECT to_day FROM z_report ORDER BY number DESC LIMIT 1")
        do throws(ReportError) {
            return try BookingDay.day(of: date, lastClosed: lastClosed, calendar: calendar)
        } catch {
            throw StoreError.invalidData(path: path, reason: "the business day of \(Timestamp.text(date)) cannot be worked out: \(error)")
        }
    }
}

/// The rule that books a moment on a business day, shared by the app's commits and the migration that
/// gave existing shifts their day.
enum BookingDay {
    /// The local day of `date`, or the day after `lastClosed` when a Z has closed that day already.
    static func day(of date: Date, lastClosed: String?, calendar: BusinessCalendar) throws(ReportError) -> String {
        let day = try calendar.day(of: date)
        guard let lastClosed, lastClosed >= day.iso else { return day.iso }
        return try calendar.day(after: try BusinessDay(lastClosed)).iso
    }
}
