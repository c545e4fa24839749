/// Why a staff record or an approval was refused, worded as what the person at the till must do next.
public enum StaffError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A staff member needs an id.
    case blankID
    /// A staff member needs a name.
    case blankName(id: String)
    /// A discount limit must lie between 0 and 10 000 basis points (0 % to 100 %).
    case discountLimitOutOfRange(Role, basisPoints: Int64)
    /// The person asking for approval is deactivated.
    case requesterInactive(name: String)
    /// The person approving is deactivated.
    case approverInactive(name: String)
    /// Nobody approves their own request; another person must enter their credential.
    case selfApproval(name: String)
    /// The request is within the requester's own rights, so there is nothing to approve.
    case approvalNotNeeded(name: String, action: StaffAction)
    /// The approver's role does not hold `approve`.
    case approverCannotApprove(name: String, role: Role)
    /// The approver's role may not perform the request itself, so it may not authorise it either.
    case approverLacksPermission(name: String, role: Role, action: StaffAction)
    /// An approval needs a reason, for the journal.
    case reasonMissing(action: StaffAction)
    /// A PIN must be 4 to 8 digits; the typed text is not kept, so it cannot leak into a message.
    case pinFormat

    public var description: String {
        switch self {
        case .blankID:
            "Give the staff member an id."
        case .blankName(let id):
            "Give staff member \(id) a name."
        case .discountLimitOutOfRange(let role, let basisPoints):
            "The \(role.rawValue) discount limit of \(Money.format(basisPoints, exponent: 2)) % is not between 0 and 100 %."
        case .requesterInactive(let name):
            "\(name) is deactivated; ask a manager to reactivate them."
        case .approverInactive(let name):
            "\(name) is deactivated and cannot approve; ask someone else."
        case .selfApproval(let name):
            "\(name) cannot approve their own request; ask someone else to approve."
        case .approvalNotNeeded(let name, let action):
            "\(name) may already do \(action); no approval needed."
        case .approverCannotApprove(let name, let role):
            "\(name) (\(role.rawValue)) may not approve requests; ask a more senior colleague."
        case .approverLacksPermission(let name, let role, let action):
            "\(name) (\(role.rawValue)) may not do \(action) and so cannot approve it; ask a more senior colleague."
        case .reasonMissing(let action):
            "Type a reason for approving \(action)."
        case .pinFormat:
            "A PIN is \(PIN.lengths.lowerBound) to \(PIN.lengths.upperBound) digits (0-9); type it again."
        }
    }
}
