public import Foundation
public import TermUI

/// The login and lock screen's fields: staff number, then PIN (masked).
public struct LoginForm: Hashable, Sendable {
    public enum Field: Hashable, Sendable { case staff, pin }

    public var staff = TextInput(placeholder: "staff number", maxLength: 12)
    public var pin = TextInput(placeholder: "PIN", isMasked: true, maxLength: 8)
    public var field = Field.staff
    public var message: Message?
    /// After repeated wrong PINs no attempt is sent before this time.
    public var waitUntil: Date?
    /// A check is on its way to the store; keys wait.
    public var checking = false

    public init() {}

    /// Empties both fields and returns to the staff number.
    mutating func reset() {
        staff.clear()
        pin.clear()
        field = .staff
        checking = false
    }
}
