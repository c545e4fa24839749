/// Whether a staff member started or ended their working time, as `clock_event.kind` stores it.
public enum ClockKind: String, Codable, Hashable, Sendable {
    case clockIn = "in"
    case clockOut = "out"
}
