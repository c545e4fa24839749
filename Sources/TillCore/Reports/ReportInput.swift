/// Everything a report is worked out from: the rows the store's queries return for one period.
///
/// Rows are facts, not figures: every total, including what training sales must not touch, is the
/// core's arithmetic in `PeriodReport`, so screen, paper and export share one code path.
public struct ReportInput: Hashable, Sendable {
    public var currency: Currency
    public var from: BusinessDay
    /// The last day of the period, included.
    public var to: BusinessDay
    public var sales: [SaleFact]
    public var refunds: [RefundFact]
    public var voids: [VoidFact]
    /// The drawers used in the period, as the store rebuilds them: float, cash, movements and count.
    public var shifts: [Shift]
    /// Supervisor approvals given in the period.
    public var approvals: Int
    /// Minutes each cashier was signed in, by staff id, for items per minute; absent means unknown.
    public var activeMinutes: [String: Int]

    public init(
        currency: Currency, from: BusinessDay, to: BusinessDay, sales: [SaleFact] = [], refunds: [RefundFact] = [],
        voids: [VoidFact] = [], shifts: [Shift] = [], approvals: Int = 0, activeMinutes: [String: Int] = [:]
    ) {
        self.currency = currency
        self.from = from
        self.to = to
        self.sales = sales
        self.refunds = refunds
        self.voids = voids
        self.shifts = shifts
        self.approvals = approvals
        self.activeMinutes = activeMinutes
    }
}
