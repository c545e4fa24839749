/// Money given back to a customer, as a report needs it; amounts are positive, as `Refund` keeps them.
public struct RefundFact: Hashable, Sendable {
    public let staffID: String
    public let businessDay: BusinessDay
    public let training: Bool
    /// What the lines give back, tax as charged, before cash rounding.
    public let total: Int64
    /// Cash rounding of the payout (added to `total` in `tenders`).
    public let rounding: Int64
    public let taxes: [TaxLine]
    /// How the money went back, summing to `total + rounding`.
    public let tenders: [Tender]

    public init(staffID: String, businessDay: BusinessDay, training: Bool = false, total: Int64, rounding: Int64 = 0,
                taxes: [TaxLine], tenders: [Tender]) {
        self.staffID = staffID
        self.businessDay = businessDay
        self.training = training
        self.total = total
        self.rounding = rounding
        self.taxes = taxes
        self.tenders = tenders
    }
}
