/// The perpetual counters a Z report carries forward: its number and the grand totals, which only grow.
///
/// The store keeps the last Z's values and hands them to the next one; the core numbers the next Z
/// from them, so Z numbers have no gaps.
public struct GrandTotals: Hashable, Codable, Sendable {
    /// The number of the Z these totals close with; 0 before the first Z.
    public let zNumber: Int
    /// Every sale ever, tax as charged, before cash rounding.
    public let total: Int64
    /// Every sale, refund and void ever, each counted as a positive amount, so taking money back cannot
    /// hide a sale.
    public let absolute: Int64

    public init(zNumber: Int, total: Int64, absolute: Int64) {
        self.zNumber = zNumber
        self.total = total
        self.absolute = absolute
    }

    /// Before the first Z report.
    public static let start = GrandTotals(zNumber: 0, total: 0, absolute: 0)

    /// These totals advanced by one period; refuses to let either total go down.
    func advanced(by period: PeriodReport) throws(ReportError) -> GrandTotals {
        let next = GrandTotals(
            zNumber: zNumber + 1,
            total: try ReportMath.add(total, period.sales),
            absolute: try ReportMath.sum([absolute, period.sales, period.refunds.amount, period.voids.amount]))
        guard next.total >= total else {
            throw .grandTotalDecreased(which: "grand total", from: total, to: next.total)
        }
        guard next.absolute >= absolute else {
            throw .grandTotalDecreased(which: "absolute grand total", from: absolute, to: next.absolute)
        }
        return next
    }
}
