/// The policy's answer to "may this person do this?", telling the till whom to call when the answer is no.
public enum AccessDecision: Hashable, Sendable {
    /// The person may go ahead.
    case allowed
    /// Someone holding one of these roles may approve it; least senior first, so the till asks the
    /// nearest supervisor before paging a manager.
    case needsApproval(approverRoles: [Role])
    /// Nobody may approve it: the person is inactive, the request is out of range, or no role holds
    /// both the right and `approve`.
    case refused
}
