/// How much this till may redeem (vouchers, gift cards and points, by value) while it cannot ask the
/// hub: a bounded counter (sync.md 2.6), so what offline redemptions can lose is known in advance.
///
/// A redemption made offline is checked against the last balance the till knew, so a card is only
/// overdrawn when it was spent elsewhere meanwhile; the allowance bounds that loss. Until the hub
/// has a lane's offline redemptions they count against `total`, so a store with n lanes can lose at
/// most n × `total`, however long they stay offline; `perDay` and `perSale` bound how fast.
public struct RedemptionAllowance: Hashable, Sendable {
    /// Minor units, for one sale.
    public let perSale: Int64
    /// Minor units, for one business day of this till.
    public let perDay: Int64
    /// Minor units redeemed offline that the hub has not taken in yet.
    public let total: Int64

    public init(perSale: Int64, perDay: Int64, total: Int64) throws(LoyaltyError) {
        if let cap = [(perSale, AllowanceCap.perSale), (perDay, .perDay), (total, .total)].first(where: { $0.0 < 0 })?.1 {
            throw .negativeAllowance(cap)
        }
        self.perSale = perSale
        self.perDay = perDay
        self.total = total
    }

    /// What a store gets until it sets its own: 25, 100 and 200 major units (sync.md's example).
    public static func standard(for currency: Currency) -> RedemptionAllowance {
        let unit = currency.minorPerMajor
        // Positive caps cannot fail.
        return try! RedemptionAllowance(perSale: 25 * unit, perDay: 100 * unit, total: 200 * unit)
    }

    /// Offline redemptions already counted against each cap.
    public struct Usage: Hashable, Sendable {
        /// In the sale being paid.
        public var thisSale: Int64
        /// On this till's business day, this sale's included.
        public var today: Int64
        /// Not yet taken in by the hub, this sale's included.
        public var outstanding: Int64

        public init(thisSale: Int64 = 0, today: Int64 = 0, outstanding: Int64 = 0) {
            self.thisSale = thisSale
            self.today = today
            self.outstanding = outstanding
        }
    }

    /// What may still be redeemed offline after `usage`, and the cap that says so.
    public func left(after usage: Usage) -> (amount: Int64, cap: AllowanceCap) {
        let caps: [(Int64, AllowanceCap)] = [(perSale - usage.thisSale, .perSale), (perDay - usage.today, .perDay),
                                            (total - usage.outstanding, .total)]
        let tightest = caps.min { $0.0 < $1.0 }!
        return (max(0, tightest.0), tightest.1)
    }

    /// Refuses an offline redemption of `amount` that would pass a cap, naming it and what it allows.
    public func check(_ amount: Money, after usage: Usage) throws(LoyaltyError) {
        let (left, cap) = left(after: usage)
        guard amount.minorUnits <= left else {
            throw .beyondOfflineAllowance(cap: cap, left: Money(minorUnits: left, currency: amount.currency))
        }
    }

    /// The most a store of `lanes` tills can lose to offline redemptions before the hub sees them.
    public func worstCaseLoss(lanes: Int) -> Int64 {
        total.multipliedReportingOverflow(by: Int64(lanes)).overflow ? .max : total * Int64(lanes)
    }
}
