/// Where the payment of a sale stands: what is due, paid, still owed, and the change.
///
/// Cash rounding is derived, never stored: when a cash tender settles the rest of a sale, the rest is
/// rounded to the cash increment and the difference is the rounding line. So
/// `paid − change == total + rounding` holds for every complete payment.
public struct PaymentSummary: Hashable, Codable, Sendable {
    public let total: Int64
    /// The cash rounding line (negative when rounded down).
    public let rounding: Int64
    public let paid: Int64
    public let change: Int64
    /// What is still owed, before any cash rounding.
    public let remaining: Int64
    public var isComplete: Bool { remaining == 0 }
    public var due: Int64 { total + rounding }

    /// Works out the payment of `total` by `tenders`, taken in order.
    public init(total: Int64, tenders: [Tender], cashIncrement: Int64) throws(MoneyError) {
        var remaining = total
        var rounding: Int64 = 0
        var change: Int64 = 0
        var paid: Int64 = 0
        for tender in tenders {
            paid = try Checked.add(paid, tender.amount)
            guard remaining != 0 else { change = try Checked.add(change, tender.amount); continue }
            let cashDue = tender.kind.isCash ? try Self.roundToIncrement(remaining, cashIncrement) : remaining
            if tender.amount >= cashDue {
                rounding = cashDue - remaining
                change = try Checked.add(change, tender.amount - cashDue)
                remaining = 0
            } else {
                remaining -= tender.amount
            }
        }
        self.total = total
        self.rounding = rounding
        self.paid = paid
        self.change = change
        self.remaining = remaining
    }

    /// What cash settles `amount`: the nearest multiple of `increment`, halves rounded up.
    public static func roundToIncrement(_ amount: Int64, _ increment: Int64) throws(MoneyError) -> Int64 {
        guard increment > 1 else { return amount }
        return try Checked.multiply(try RoundingMode.halfUp.divide(amount, by: increment), increment)
    }

    /// Cash the customer must hand over now to settle the sale (the rounded remainder).
    public func cashDue(increment: Int64) throws(MoneyError) -> Int64 {
        try Self.roundToIncrement(remaining, increment)
    }
}
