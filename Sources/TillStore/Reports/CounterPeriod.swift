import Foundation
import TillCore

/// A report's days as the counters read them: the whole calendar months inside it from the month
/// counters, the loose days before and after them day by day, so a year reads twelve months of
/// rows rather than 365 days of them.
///
/// Days are ISO text and compare as text: the period is [`from`, `end`), cut into [`from`,
/// `monthsFrom`) of days, [`monthsFrom`, `monthsTo`) of months (each keyed by its first day) and
/// [`monthsTo`, `end`) of days. A period with no whole month reads all its days, months empty.
struct CounterPeriod {
    let from: String
    /// The day after the period's last.
    let end: String
    /// The first day of the first whole month.
    let monthsFrom: String
    /// The first day of the month after the last whole month.
    let monthsTo: String

    init(from: BusinessDay, to: BusinessDay, calendar: BusinessCalendar) throws(ReportError) {
        let end = try calendar.day(after: to).iso
        let first = from.iso.hasSuffix("-01") ? from.iso : Self.firstOfNextMonth(after: from.iso)
        let last = String(end.prefix(8)) + "01"
        self.from = from.iso
        self.end = end
        (monthsFrom, monthsTo) = first < last ? (first, last) : (end, end)
    }

    /// "2025-12-17" → "2026-01-01".
    private static func firstOfNextMonth(after day: String) -> String {
        let year = Int(day.prefix(4)) ?? 0
        let month = Int(day.dropFirst(5).prefix(2)) ?? 0
        return month == 12 ? String(format: "%04d-01-01", year + 1) : String(format: "%04d-%02d-01", year, month + 1)
    }
}
