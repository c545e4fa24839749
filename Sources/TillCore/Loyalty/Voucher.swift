/// A voucher or gift card as the till sees it when it is about to pay with it: its code, what is left
/// on it (summed from its ledger), and the last day it may pay.
public struct Voucher: Hashable, Sendable {
    public let code: VoucherCode
    /// Minor units left.
    public let balance: Int64
    /// The last day it pays; nil for no end.
    public let expiresOn: BusinessDay?

    /// The most one voucher may be issued or topped up with at once, in minor units: the hub's bound
    /// on one event's movement, so ledger sums never overflow.
    public static let largestAmount: Int64 = 1_000_000_000_000

    public init(code: VoucherCode, balance: Int64, expiresOn: BusinessDay?) {
        self.code = code
        self.balance = balance
        self.expiresOn = expiresOn
    }

    /// Whether it has expired by `today`: it pays through its expiry day.
    public func isExpired(on today: BusinessDay) -> Bool {
        expiresOn.map { today > $0 } ?? false
    }

    /// How much of it pays a sale still owing `due`: `requested` or, when nil, as much as it holds up to
    /// what is due. An expired or empty voucher, or more than it holds, is refused; it never goes below zero.
    public func redemption(requested: Int64?, due: Money, today: BusinessDay) throws(LoyaltyError) -> Int64 {
        if let expiresOn, isExpired(on: today) { throw .voucherExpired(code.text, on: expiresOn.iso) }
        guard balance > 0 else { throw .voucherEmpty(code.text) }
        guard due.minorUnits > 0 else { throw .nothingDue }
        let amount = requested ?? min(balance, due.minorUnits)
        guard amount > 0 else { throw .nothingDue }
        guard amount <= balance else {
            throw .beyondVoucherBalance(code.text, balance: Money(minorUnits: balance, currency: due.currency))
        }
        guard amount <= due.minorUnits else {
            throw .exceedsDue(offered: Money(minorUnits: amount, currency: due.currency), due: due)
        }
        return amount
    }

    /// Checks an amount to issue, sell or top up a voucher with.
    public static func checkLoad(_ amount: Money) throws(LoyaltyError) {
        guard amount.minorUnits > 0, amount.minorUnits <= largestAmount else { throw .badVoucherAmount(amount) }
    }

    /// Checks a top-up of this voucher: an expired one takes no more value.
    public func checkTopUp(_ amount: Money, today: BusinessDay) throws(LoyaltyError) {
        if let expiresOn, isExpired(on: today) { throw .voucherExpired(code.text, on: expiresOn.iso) }
        try Self.checkLoad(amount)
        guard balance <= Self.largestAmount - amount.minorUnits else { throw .badVoucherAmount(amount) }
    }
}
