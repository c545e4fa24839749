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
    /// Goods received from a supplier.
    case stockReceipt = "stock-receipt"
    /// Stock written up or down with a reason (damage, theft, count correction).
    case stockAdjustment = "stock-adjustment"
    /// Goods sent from one location to another, in transit until received.
    case transferSent = "transfer-sent"
    /// A transfer received, with any discrepancy.
    case transferReceived = "transfer-received"
    /// A count session posted: the variances it found.
    case stockCount = "stock-count"
    /// A voucher or gift card issued, sold or topped up.
    case voucherIssue = "voucher-issue"
    /// A restaurant check saved or closed (a `CheckSave`).
    case check
    /// A tip added to a card payment after the sale.
    case tipAdded = "tip-added"

    /// Whether the event's payload carries `effects` the hub adds to its ledgers.
    public var movesLedgers: Bool {
        switch self {
        case .sale, .refund, .stockReceipt, .stockAdjustment, .transferSent, .transferReceived, .stockCount, .voucherIssue: true
        case .shiftOpen, .cashMovement, .shiftCount, .shiftClose, .approval, .clock, .customer, .zReport, .check, .tipAdded: false
        }
    }
}
