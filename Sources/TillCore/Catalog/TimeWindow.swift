/// A moment in the store's local time, given by the caller because the core has no clock.
public struct LocalTime: Hashable, Codable, Sendable {
    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public let weekday: Int
    /// Minutes since local midnight, 0..<1440.
    public let minuteOfDay: Int

    public init(weekday: Int, minuteOfDay: Int) {
        self.weekday = weekday
        self.minuteOfDay = minuteOfDay
    }

    public init(weekday: Int, hour: Int, minute: Int) {
        self.init(weekday: weekday, minuteOfDay: hour * 60 + minute)
    }
}

/// A recurring weekly window such as "Mon–Fri 07:00–11:00" for a breakfast menu or a happy hour.
///
/// The end is exclusive. A window whose end is before its start runs past midnight into the next day,
/// and belongs to the weekday it starts on.
public struct TimeWindow: Hashable, Codable, Sendable {
    /// ISO weekdays on which the window opens; empty means every day.
    public let weekdays: Set<Int>
    public let startMinute: Int
    public let endMinute: Int

    public init(weekdays: Set<Int> = [], startMinute: Int, endMinute: Int) {
        self.weekdays = weekdays
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    public init(weekdays: Set<Int> = [], from start: (Int, Int), to end: (Int, Int)) {
        self.init(weekdays: weekdays, startMinute: start.0 * 60 + start.1, endMinute: end.0 * 60 + end.1)
    }

    public func contains(_ time: LocalTime) -> Bool {
        let opensOn = { (day: Int) in weekdays.isEmpty || weekdays.contains(day) }
        if startMinute <= endMinute {
            return opensOn(time.weekday) && time.minuteOfDay >= startMinute && time.minuteOfDay < endMinute
        }
        let previousDay = time.weekday == 1 ? 7 : time.weekday - 1
        return (opensOn(time.weekday) && time.minuteOfDay >= startMinute)
            || (opensOn(previousDay) && time.minuteOfDay < endMinute)
    }
}

extension Array where Element == TimeWindow {
    /// True when no window is set (always on) or when any window contains `time`.
    public func allows(_ time: LocalTime) -> Bool { isEmpty || contains { $0.contains(time) } }
}
