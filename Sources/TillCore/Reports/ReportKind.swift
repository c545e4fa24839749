/// Which report to render from a period's figures; the Z report is rendered from a `ZReport`.
public enum ReportKind: String, CaseIterable, Sendable {
    /// The X report: every figure of the open period, without closing it.
    case x
    /// Sales, refunds and net by business day.
    case sales
    /// Every product sold, best-selling first.
    case items
    /// Sales by category, best-selling first.
    case categories
    /// Sales, refunds, basket and pace by cashier.
    case cashiers
    /// What each tender took in, net of change and refunds.
    case tenders
    /// Base and tax by rate, net of refunds.
    case tax
    /// Sales by hour with a bar chart on paper.
    case hourly
}
