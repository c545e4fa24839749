/// A staff member's level of authority, ordered so "at least a supervisor" is a plain comparison.
///
/// Cases are declared from least to most senior. A trainer ranks just above a cashier: they sell like
/// a cashier and may switch a terminal into training mode, but by default cannot approve anything on
/// live data. The raw values are stored and synced, so they never change.
public enum Role: String, Codable, CodingKeyRepresentable, Sendable, CaseIterable, Comparable {
    case cashier
    case trainer
    case supervisor
    case manager
    case admin

    /// Position in the order of authority; 0 is the least senior.
    private var seniority: Int {
        switch self {
        case .cashier: 0
        case .trainer: 1
        case .supervisor: 2
        case .manager: 3
        case .admin: 4
        }
    }

    public static func < (a: Role, b: Role) -> Bool { a.seniority < b.seniority }
}
