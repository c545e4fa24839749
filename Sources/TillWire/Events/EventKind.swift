/// The kinds of event a terminal sends; the hub rejects any other, so a newer terminal's event is
/// kept for a manager instead of being misread.
public enum EventKind: String, Codable, Hashable, Sendable, CaseIterable {
    case sale
    case refund
    case shiftOpen = "shift-open"
    case cashMovement = "cash-movement"
    case shiftCount = "shift-count"
    case shiftClose = "shift-close"
    case approval
    case clock
    case customer
    case zReport = "z-report"
}
