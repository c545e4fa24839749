/// A closed period: its figures, its gapless number and the grand totals it leaves behind.
public struct ZReport: Hashable, Sendable {
    public let period: PeriodReport
    /// The counters before this Z.
    public let previous: GrandTotals
    /// The counters after this Z, which the store keeps for the next one.
    public let grandTotals: GrandTotals

    /// Closes `period` after the Z that left `previous`; refuses a period that would lower a grand total.
    public init(closing period: PeriodReport, after previous: GrandTotals) throws(ReportError) {
        self.period = period
        self.previous = previous
        grandTotals = try previous.advanced(by: period)
    }

    /// The Z's number: one more than the last Z's, so numbers have no gaps.
    public var number: Int { grandTotals.zNumber }
}

extension ZReport {
    /// The Z report: its number, the period's figures, and the grand totals after it.
    var document: ReportDocument {
        period.document("z", "Z REPORT \(number)",
                        [.field(ReportField("number", "Z number", .count(number)))] + period.summary + [
                            .field(ReportField("grand_total", "Grand total", .amount(grandTotals.total))),
                            .field(ReportField("grand_total_absolute", "Grand total absolute", .amount(grandTotals.absolute))),
                        ])
    }
}
