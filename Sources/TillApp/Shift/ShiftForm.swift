public import TermUI
public import TillCore

/// The shift screen's state: which form is open and what has been typed into it.
public struct ShiftForm: Hashable, Sendable {
    /// What the shift screen is showing.
    public enum Mode: Hashable, Sendable {
        /// The list of shift operations.
        case menu
        /// Counting the opening float, denomination by denomination.
        case openFloat
        /// A paid in, paid out or no-sale: amount (not for no-sale) and reason.
        case movement(CashMovement.Kind)
        /// The blind count at close: the expected cash is not shown.
        case count
        /// The count is saved: expected, counted and over/short, and the reason when one is needed.
        case review(ShiftClose)
        /// The open shift's drawer figures so far.
        case xReport
    }

    public enum Field: Hashable, Sendable { case amount, reason }

    public var mode = Mode.menu
    public var count: CashCountForm
    public var amount = TextInput(placeholder: "amount", maxLength: 12)
    public var reason = TextInput(placeholder: "reason", maxLength: 60)
    public var field = Field.amount
    public var menu = TableState(selected: 0)
    public var message: Message?

    public init(denominations: DenominationSet) {
        count = CashCountForm(denominations: denominations)
    }

    /// Opens `mode` with empty fields.
    mutating func show(_ mode: Mode) {
        self.mode = mode
        count = CashCountForm(denominations: count.denominations)
        amount.clear()
        reason.clear()
        field = .amount
    }
}

/// The operations listed on the shift screen, in order; the digit before each picks it.
public enum ShiftOperation: Int, CaseIterable, Hashable, Sendable {
    case paidIn = 1, paidOut, noSale, xReport, close, clockOut

    public var label: String {
        switch self {
        case .paidIn: "Paid in"
        case .paidOut: "Paid out"
        case .noSale: "No sale (open the drawer)"
        case .xReport: "X report (drawer so far)"
        case .close: "Close the shift (blind count)"
        case .clockOut: "Clock out and log out"
        }
    }
}
