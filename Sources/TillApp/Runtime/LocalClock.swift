import Foundation
public import TillCore

/// Reads the wall clock as the core's `LocalTime`; the only place the app asks the system for the time of day.
public enum LocalClock {
    @Sendable public static func now() -> LocalTime {
        let parts = Calendar.current.dateComponents([.weekday, .hour, .minute], from: Date())
        // Calendar weekdays run Sunday = 1 … Saturday = 7; ISO runs Monday = 1 … Sunday = 7.
        let iso = ((parts.weekday ?? 1) + 5) % 7 + 1
        return LocalTime(weekday: iso, hour: parts.hour ?? 0, minute: parts.minute ?? 0)
    }
}
