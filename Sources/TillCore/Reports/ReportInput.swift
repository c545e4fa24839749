/// Everything a report is worked out from: the running counters the store keeps, summed over one period.
///
/// Rows are counts, not figures: every total, including what training must not touch, is the core's
/// arithmetic in `PeriodReport`, so screen, paper and export share one code path. The sale and refund
/// commits keep the counters in the same transaction as the sale, so a day of ten thousand sales
/// reads as a few hundred rows.
public struct ReportInput: Hashable, Sendable {
    public var currency: Currency
    public var from: BusinessDay
    /// The last day of the period, included.
    public var to: BusinessDay
    /// The store's one rounding policy, by which voided lines are valued as the cart valued them.
    public var rounding: RoundingMode
    /// Sales by day, local hour, cashier and training flag.
    public var sales: [SalesCount]
    /// Sold lines by product, name, category and training flag.
    public var items: [ItemCount]
    /// Refunds by day, cashier and training flag.
    public var refunds: [RefundCount]
    /// Tax by code and rate, of sales and of refunds.
    public var taxes: [TaxCount]
    /// Tenders by kind, of sales and of refunds.
    public var tenders: [TenderCount]
    public var voids: [VoidCount]
    /// Tips by day and server.
    public var tips: [TipCount] = []
    /// The drawers used in the period, as the store rebuilds them: float, cash, movements and count.
    public var shifts: [Shift]
    /// Supervisor approvals given in the period.
    public var approvals: Int
    /// Minutes each cashier was signed in, by staff id, for items per minute; absent means unknown.
    public var activeMinutes: [String: Int]

    public init(
        currency: Currency, from: BusinessDay, to: BusinessDay, rounding: RoundingMode = .halfUp, sales: [SalesCount] = [],
        items: [ItemCount] = [], refunds: [RefundCount] = [], taxes: [TaxCount] = [], tenders: [TenderCount] = [],
        voids: [VoidCount] = [], shifts: [Shift] = [], approvals: Int = 0, activeMinutes: [String: Int] = [:]
    ) {
        self.currency = currency
        self.from = from
        self.to = to
        self.rounding = rounding
        self.sales = sales
        self.items = items
        self.refunds = refunds
        self.taxes = taxes
        self.tenders = tenders
        self.voids = voids
        self.shifts = shifts
        self.approvals = approvals
        self.activeMinutes = activeMinutes
    }
}
