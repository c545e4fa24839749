/// Lines struck off sales by one cashier at one price and quantity, counted over the period.
///
/// Voids are not sales: they only feed the void figures and the absolute grand total, which counts
/// what was rung up and taken back so a till cannot hide sales by voiding them. The counters keep
/// the price and quantity rather than a value, so a report values them by the store's one rounding
/// policy, exactly as the cart valued the line.
public struct VoidCount: Hashable, Sendable {
    public let staffID: String
    public let training: Bool
    public let lines: Int
    /// The price in force when the line was voided (an override when there was one), per `pricedPer`.
    public let unitPrice: Int64
    public let quantity: Quantity
    public let pricedPer: Quantity

    public init(staffID: String, training: Bool = false, lines: Int = 1, unitPrice: Int64, quantity: Quantity = .one,
                pricedPer: Quantity = .one) {
        self.staffID = staffID
        self.training = training
        self.lines = lines
        self.unitPrice = unitPrice
        self.quantity = quantity
        self.pricedPer = pricedPer
    }

    /// The lines' gross at the price rung up: quantity × price, rounded once per line by `rounding`.
    func value(rounding: RoundingMode) throws(ReportError) -> Int64 {
        try ReportMath.checked { () throws(MoneyError) in
            try Checked.multiply(try rounding.multiplyDivide(unitPrice, quantity.thousandths, by: pricedPer.thousandths), Int64(lines))
        }
    }
}
