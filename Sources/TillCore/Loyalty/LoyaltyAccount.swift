/// A customer's points as this till knows them: what they may spend and what they have earned in all.
public struct LoyaltyAccount: Hashable, Sendable {
    /// Points they may spend; below zero when a refund took back points already spent.
    public let balance: Int64
    /// Points earned in all, less points refunds took back; it decides the tier.
    public let earned: Int64

    public init(balance: Int64, earned: Int64) {
        self.balance = balance
        self.earned = earned
    }
}
