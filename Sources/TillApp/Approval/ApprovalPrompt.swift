public import TermUI
public import TillCore

/// The in-place request for a supervisor: their number, PIN and a reason, for one action.
public struct ApprovalPrompt: Hashable, Sendable {
    public enum Field: Hashable, Sendable { case staff, pin, reason }

    public let action: StaffAction
    /// What happens once approved.
    public let pending: PendingOperation
    /// Roles that may approve, for the prompt's text.
    public let approverRoles: [Role]
    public var staff = TextInput(placeholder: "supervisor number", maxLength: 12)
    public var pin = TextInput(placeholder: "PIN", isMasked: true, maxLength: 8)
    public var reason = TextInput(placeholder: "reason", maxLength: 60)
    public var field = Field.staff
    public var message: Message?
    public var checking = false

    public init(action: StaffAction, pending: PendingOperation, approverRoles: [Role]) {
        self.action = action
        self.pending = pending
        self.approverRoles = approverRoles
    }
}

/// An operation held back until someone approves it.
public enum PendingOperation: Hashable, Sendable {
    case sale(SaleCommand)
    case movement(CashMovement)
    case xReport
    case refund(Refund)
    case reprint(saleID: String, receipt: Int64)
    case zReport
    case stock(StockRequest)
    case laneChange(LaneChange)
    /// Hand the open check to this server.
    case transferCheck(to: String)
}
