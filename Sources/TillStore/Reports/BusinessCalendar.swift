public import Foundation
public import TillCore

/// Business days and hours on the terminal's local calendar, the one the app books each sale's day by.
///
/// The store keeps times in UTC and each sale's business day as text; a report asks which instants a
/// day spans (for shifts, approvals and clock events, which carry only a time) and which local hour a
/// sale completed in. Both answers come from one `Calendar`, `Calendar.current` unless a test pins a
/// time zone, so a sale's hour and the day the app gave it can never disagree.
public struct BusinessCalendar: Sendable {
    public let calendar: Calendar

    public init(_ calendar: Calendar = .current) {
        self.calendar = calendar
    }

    /// The local day `date` falls on.
    public func day(of date: Date) throws(ReportError) -> BusinessDay {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return try BusinessDay(String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0))
    }

    /// The local hour, 0–23, that `date` falls in.
    public func hour(of date: Date) -> Int {
        calendar.component(.hour, from: date)
    }

    /// The day written "YYYY-MM-DD", refusing a date the calendar does not have (2025-02-30) as well as a bad shape.
    public func day(_ text: String) throws(ReportError) -> BusinessDay {
        let day = try BusinessDay(text)
        _ = try noon(of: day)
        return day
    }

    /// The day after `day`.
    public func day(after day: BusinessDay) throws(ReportError) -> BusinessDay {
        try self.day(day, plus: 1)
    }

    /// The day `days` days after `day` (before it when negative).
    public func day(_ day: BusinessDay, plus days: Int) throws(ReportError) -> BusinessDay {
        guard let moved = calendar.date(byAdding: .day, value: days, to: try noon(of: day)) else { throw .badDay(day.iso) }
        return try self.day(of: moved)
    }

    /// From the first instant of `from` up to, not including, the first instant of the day after `to`.
    func instants(from: BusinessDay, through to: BusinessDay) throws(ReportError) -> Range<Date> {
        let start = calendar.startOfDay(for: try noon(of: from))
        let end = calendar.startOfDay(for: try noon(of: try day(after: to)))
        guard start <= end else { throw .periodReversed(from: from, to: to) }
        return start..<end
    }

    /// Midday of `day`, which every calendar day has, whatever a clock change does to its midnight;
    /// refuses a day the calendar would roll over into the next month (2025-02-30).
    private func noon(of day: BusinessDay) throws(ReportError) -> Date {
        let numbers = day.iso.split(separator: "-").compactMap { Int($0) }
        guard numbers.count == 3,
              let date = calendar.date(from: DateComponents(year: numbers[0], month: numbers[1], day: numbers[2], hour: 12))
        else { throw .badDay(day.iso) }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard [parts.year, parts.month, parts.day] == numbers.map(Optional.some) else { throw .badDay(day.iso) }
        return date
    }
}
