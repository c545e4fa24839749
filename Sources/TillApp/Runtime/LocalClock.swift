public import Foundation
public import TillCore

/// Reads dates as the core's `LocalTime`, in the machine's time zone.
public enum LocalClock {
    /// The time of day now.
    @Sendable public static func now() -> LocalTime { localTime(Date()) }

    /// The weekday (ISO, Monday = 1) and time of day of `date`.
    @Sendable public static func localTime(_ date: Date) -> LocalTime {
        let parts = Calendar.current.dateComponents([.weekday, .hour, .minute], from: date)
        // Calendar weekdays run Sunday = 1 … Saturday = 7; ISO runs Monday = 1 … Sunday = 7.
        let iso = ((parts.weekday ?? 1) + 5) % 7 + 1
        return LocalTime(weekday: iso, hour: parts.hour ?? 0, minute: parts.minute ?? 0)
    }
}
