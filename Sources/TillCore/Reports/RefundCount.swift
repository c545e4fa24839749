/// The refunds one cashier paid out on one business day, added up; amounts positive, as `Refund` keeps them.
public struct RefundCount: Hashable, Sendable {
    public let businessDay: BusinessDay
    public let staffID: String
    public let training: Bool
    public let refunds: Int
    /// What the lines gave back, tax as charged, before cash rounding.
    public let total: Int64
    /// Cash rounding of the payouts.
    public let rounding: Int64

    public init(businessDay: BusinessDay, staffID: String, training: Bool = false, refunds: Int, total: Int64, rounding: Int64 = 0) {
        self.businessDay = businessDay
        self.staffID = staffID
        self.training = training
        self.refunds = refunds
        self.total = total
        self.rounding = rounding
    }
}
