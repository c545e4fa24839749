import Testing
import TillCore

@Suite struct ZReportTests {
    @Test func aZAdvancesTheNumberAndBothGrandTotals() throws {
        // Given the 41st Z left 10 000.00 of sales and 12 000.00 in absolute value
        let previous = GrandTotals(zNumber: 41, total: 1_000_000, absolute: 1_200_000)
        // When the worked day is closed
        let z = try ZReport(closing: PeriodReport(WorkedDay.input()), after: previous)
        // Then it is number 42; sales 39.47 are added to the grand total, and sales 39.47 + refunds 4.68
        // + voids 6.00 = 50.15 to the absolute grand total
        #expect(z.number == 42)
        #expect(z.grandTotals == GrandTotals(zNumber: 42, total: 1_003_947, absolute: 1_205_015))
        #expect(z.previous == previous)
    }

    @Test func consecutiveZReportsHaveNoGapsAndOnlyGrow() throws {
        let period = try PeriodReport(WorkedDay.input())
        var totals = GrandTotals.start
        for expected in 1...3 {
            let z = try ZReport(closing: period, after: totals)
            #expect(z.number == expected)
            #expect(z.grandTotals.total == 3947 * Int64(expected))
            totals = z.grandTotals
        }
    }

    @Test func anEmptyPeriodClosesWithTheTotalsUnchanged() throws {
        let empty = try PeriodReport(ReportInput(currency: WorkedDay.chf, from: WorkedDay.day, to: WorkedDay.day))
        let previous = GrandTotals(zNumber: 7, total: 500, absolute: 900)
        let z = try ZReport(closing: empty, after: previous)
        #expect(z.grandTotals == GrandTotals(zNumber: 8, total: 500, absolute: 900))
    }

    @Test func aPeriodThatWouldLowerAGrandTotalIsRefused() throws {
        // Given a damaged row: a sale whose total is below zero
        let day = WorkedDay.day
        let damaged = SalesCount(businessDay: day, hour: 10, staffID: "ann",
                                 figures: SaleFigures(sales: 1, items: .one, gross: -500, discount: 0, total: -500))
        let period = try PeriodReport(ReportInput(currency: WorkedDay.chf, from: day, to: day, sales: [damaged]))
        // Then closing it is refused rather than letting the grand total go down
        #expect(throws: ReportError.grandTotalDecreased(which: "grand total", from: 10_000, to: 9_500)) {
            try ZReport(closing: period, after: GrandTotals(zNumber: 3, total: 10_000, absolute: 20_000))
        }
    }

    @Test func aGrandTotalThatWouldOverflowIsRefused() throws {
        let period = try PeriodReport(WorkedDay.input())
        #expect(throws: ReportError.overflow) {
            try ZReport(closing: period, after: GrandTotals(zNumber: 1, total: .max - 100, absolute: 0))
        }
    }
}
