/// The payload of a `voucher-issue` event: a voucher or gift card given away, sold or topped up at a
/// till. Its value moves through `effects.vouchers`; the rest tells the hub what it cannot sum, such as
/// the last day the voucher pays.
public struct VoucherIssue: Codable, Hashable, Sendable {
    public enum Reason: String, Codable, Hashable, Sendable {
        /// Given away (a promotion, a goodwill gesture): no money came in.
        case issue
        /// Sold: the money came in through `paidWith`.
        case sale
        /// Value added to a voucher that exists.
        case topUp = "top-up"
    }

    public let code: String
    /// Minor units added.
    public let amount: Int64
    public let reason: Reason
    /// The last day it pays ("2027-12-31"); nil for no end, or a top-up, which keeps the voucher's.
    public let expiresOn: String?
    /// The tender the money came in by, for a sale or top-up ("cash", "card").
    public let paidWith: String?
    public let terminalID: String
    public let businessDay: String
    /// What the issue does to the hub's voucher ledger.
    public let effects: EventEffects

    public init(code: String, amount: Int64, reason: Reason, expiresOn: String?, paidWith: String?, terminalID: String,
                businessDay: String) {
        self.code = code
        self.amount = amount
        self.reason = reason
        self.expiresOn = expiresOn
        self.paidWith = paidWith
        self.terminalID = terminalID
        self.businessDay = businessDay
        effects = EventEffects(vouchers: [VoucherDelta(code: code, amount: amount)])
    }
}
