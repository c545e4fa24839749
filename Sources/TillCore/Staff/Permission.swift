/// Something a till lets only some staff do, so that every risky key can be checked and journalled.
///
/// Selling, scanning and taking payment need no permission. Discounts are not listed here: how large a
/// discount a role may give is `PermissionPolicy.discountLimit(of:)`, so "discount above a limit" is a
/// comparison, not a yes/no right. `approve` lets a holder authorise, under their own credential, a
/// request from someone else that the holder could perform themselves. The raw values are stored and
/// synced, so they never change.
public enum Permission: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    /// Remove a line from the open sale before it is totalled (`ITEM CORR`).
    case voidLine = "void-line"
    /// Remove a line or cancel the sale after the total has been shown to the customer.
    case voidAfterTotal = "void-after-total"
    /// Refund against an original receipt.
    case refund
    /// Refund with no receipt to check against: the classic route for fraud, so it ranks higher.
    case refundWithoutReceipt = "refund-without-receipt"
    /// Sell an item at a price other than the catalog price.
    case priceOverride = "price-override"
    /// Open the drawer outside a sale.
    case noSale = "no-sale"
    /// Put cash into the drawer outside a sale (change top-up from the safe).
    case cashPaidIn = "cash-paid-in"
    /// Take cash out of the drawer outside a sale (petty expenses, milk).
    case cashPaidOut = "cash-paid-out"
    /// Open a shift on a terminal, counting the float.
    case openShift = "open-shift"
    /// Close a shift with a blind count.
    case closeShift = "close-shift"
    /// Read the running totals without resetting them; shows expected cash, so not for cashiers by default.
    case xReport = "x-report"
    /// End the day: print the totals and reset them.
    case zReport = "z-report"
    /// Reprint a receipt, journalled as a copy.
    case reprint
    /// Switch a terminal into or out of training mode.
    case trainingMode = "training-mode"
    /// Add, change or import products and prices.
    case manageCatalog = "manage-catalog"
    /// Add staff, change roles and permissions.
    case manageStaff = "manage-staff"
    /// Authorise another person's request that needs approval.
    case approve
    /// Book deliveries and incoming transfers, and count stock.
    case receiveStock = "receive-stock"
    /// Write stock up or down, post counts, send transfers, and set locations and reorder levels.
    case adjustStock = "adjust-stock"
    /// Hand a restaurant check to another server.
    case transferCheck = "transfer-check"

    /// Words for the status line: "Needs approval: refund without receipt".
    public var description: String {
        switch self {
        case .voidLine: "void a line"
        case .voidAfterTotal: "void after total"
        case .refund: "refund"
        case .refundWithoutReceipt: "refund without receipt"
        case .priceOverride: "price override"
        case .noSale: "no-sale"
        case .cashPaidIn: "cash paid in"
        case .cashPaidOut: "cash paid out"
        case .openShift: "open a shift"
        case .closeShift: "close a shift"
        case .xReport: "X report"
        case .zReport: "Z report"
        case .reprint: "reprint a receipt"
        case .trainingMode: "training mode"
        case .manageCatalog: "manage the catalog"
        case .manageStaff: "manage staff"
        case .approve: "approve others' requests"
        case .receiveStock: "receive and count stock"
        case .adjustStock: "adjust stock"
        case .transferCheck: "hand a check over"
        }
    }
}
