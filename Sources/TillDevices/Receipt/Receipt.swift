public import TillCore

/// Everything a printed receipt says that the sale itself does not hold: the store's words from
/// settings, the numbers the store assigned at commit, and who served whom.
///
/// Times arrive as text the caller has already formatted in the store's time zone, so the layout
/// stays free of clocks and calendars.
public struct Receipt: Hashable, Sendable {
    /// What the slip is for.
    public enum Kind: Hashable, Sendable {
        /// A completed sale.
        case sale(Order)
        /// Money given back; `originalReceiptNumber` is nil for a return without a receipt.
        case refund(Refund, originalReceiptNumber: String?)
    }

    /// The customer a sale was booked to and the loyalty points it moved.
    public struct Loyalty: Hashable, Sendable {
        /// As the customer record has it; cut, never wrapped, on narrow paper.
        public var customerName: String
        /// Points this sale earned (negative when a refund takes them back).
        public var pointsEarned: Int64?
        /// The customer's balance after this sale.
        public var pointsBalance: Int64?

        /// The customer line and, when known, the points lines under it.
        public init(customerName: String, pointsEarned: Int64? = nil, pointsBalance: Int64? = nil) {
            self.customerName = customerName
            self.pointsEarned = pointsEarned
            self.pointsBalance = pointsBalance
        }
    }

    /// The sale or refund the slip is printed for.
    public var kind: Kind
    /// Centred at the top; the first line is the store's name, printed large when it fits.
    public var header: [String]
    /// Centred at the bottom: returns policy, opening hours, a thank-you.
    public var footer: [String]
    /// The gapless receipt number, as the store formats it.
    public var number: String
    /// The business day and time, already formatted for the store's locale and time zone.
    public var dateTime: String
    /// Which till printed it, for finding the sale in that terminal's journal.
    public var terminalID: String
    /// The name of who rang up the sale, as staff settings have it.
    public var cashier: String
    /// Set when the sale was booked to a customer.
    public var loyalty: Loyalty?
    /// A reprint: banners make sure it cannot be taken for a second sale.
    public var copy: Bool
    /// A training-mode slip: banners throughout make sure it cannot pass as a real receipt. A sale
    /// made in training mode is printed as training whatever this says.
    public var training: Bool

    /// A receipt for `kind` with the store's texts and the numbers the sale was committed with.
    public init(
        _ kind: Kind, header: [String], footer: [String] = [], number: String, dateTime: String,
        terminalID: String, cashier: String, loyalty: Loyalty? = nil, copy: Bool = false, training: Bool = false
    ) {
        self.kind = kind
        self.header = header
        self.footer = footer
        self.number = number
        self.dateTime = dateTime
        self.terminalID = terminalID
        self.cashier = cashier
        self.loyalty = loyalty
        self.copy = copy
        self.training = training
    }

    /// The currency every amount on the slip is in.
    var currency: Currency {
        switch kind {
        case .sale(let order): order.currency
        case .refund(let refund, _): refund.currency
        }
    }

    /// Whether the training banners go on: asked for, or the sale itself was rung in training mode.
    var isTraining: Bool {
        if case .sale(let order) = kind, order.training { return true }
        return training
    }
}
