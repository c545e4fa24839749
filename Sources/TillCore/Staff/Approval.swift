public import Foundation

/// A record that one person authorised another's request, so the journal can show who let what happen.
///
/// It can only be made through the validating initialiser: the approver must be active, must not be
/// the requester (a second person's credential is the whole point of an override), must hold `approve`
/// and must be allowed to do the action themselves; the request must be something the requester could
/// not already do, and a reason is required.
public struct Approval: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public let action: StaffAction
    public let requesterID: String
    public let approverID: String
    /// The approver's role when they approved; roles change, the journal must not.
    public let approverRole: Role
    public let reason: String
    public let approvedAt: Date

    public init(
        id: String,
        action: StaffAction,
        requestedBy requester: StaffMember,
        approvedBy approver: StaffMember,
        reason: String,
        at approvedAt: Date,
        policy: PermissionPolicy
    ) throws(StaffError) {
        guard requester.isActive else { throw .requesterInactive(name: requester.name) }
        guard approver.isActive else { throw .approverInactive(name: approver.name) }
        guard approver.id != requester.id else { throw .selfApproval(name: approver.name) }
        guard !policy.permits(requester.role, action) else {
            throw .approvalNotNeeded(name: requester.name, action: action)
        }
        guard policy.permits(approver.role, .permission(.approve)) else {
            throw .approverCannotApprove(name: approver.name, role: approver.role)
        }
        guard policy.permits(approver.role, action) else {
            throw .approverLacksPermission(name: approver.name, role: approver.role, action: action)
        }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .reasonMissing(action: action) }
        self.id = id
        self.action = action
        self.requesterID = requester.id
        self.approverID = approver.id
        self.approverRole = approver.role
        self.reason = trimmed
        self.approvedAt = approvedAt
    }
}
