public import Foundation
public import TillCore

/// What a login attempt came to, so the login screen can say exactly what to do next.
public enum LoginOutcome: Hashable, Sendable {
    /// The PIN was right and the member is active.
    case success(StaffMember)
    /// The PIN was wrong (or not a PIN at all); `failures` in a row so far, and when the next attempt
    /// will be checked if it must wait.
    case wrongPIN(failures: Int, retryAt: Date?)
    /// Too many wrong PINs in a row: nothing is checked, or recorded, before this time.
    case retryAt(Date)
    /// No staff member has this number.
    case unknownStaff
    /// The PIN was right but the member is deactivated; a manager must reactivate them.
    case inactive(StaffMember)
}
