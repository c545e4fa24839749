import Testing
import TillCore

/// Rows a report must refuse rather than add up wrongly.
@Suite struct ReportInputTests {
    let day = WorkedDay.day

    func sale(on day: BusinessDay, hour: Int = 10, training: Bool = false) -> SalesCount {
        SalesCount(businessDay: day, hour: hour, staffID: "ann", training: training,
                   figures: SaleFigures(sales: 1, items: .one, gross: 100, discount: 0, total: 100))
    }

    @Test(arguments: ["2025-3-3", "03/03/2025", "2025-13-01", "2025-00-10", "2025-01-32", "2025-01-0a", "", "２０２５-01-01"])
    func aDayMustBeWrittenYearMonthDay(text: String) {
        #expect(throws: ReportError.badDay(text)) { try BusinessDay(text) }
    }

    @Test func daysOrderByDate() throws {
        #expect(try BusinessDay("2024-12-31") < BusinessDay("2025-01-01"))
    }

    @Test func aReversedPeriodIsRefused() throws {
        let later = try BusinessDay("2025-03-04")
        #expect(throws: ReportError.periodReversed(from: later, to: day)) {
            try PeriodReport(ReportInput(currency: WorkedDay.chf, from: later, to: day))
        }
    }

    @Test func aSaleOrRefundFromAnotherDayIsRefused() throws {
        let other = try BusinessDay("2025-03-02")
        #expect(throws: ReportError.outsidePeriod(other)) {
            try PeriodReport(ReportInput(currency: WorkedDay.chf, from: day, to: day, sales: [sale(on: other)]))
        }
        let refund = RefundCount(businessDay: other, staffID: "ann", refunds: 1, total: 100)
        #expect(throws: ReportError.outsidePeriod(other)) {
            try PeriodReport(ReportInput(currency: WorkedDay.chf, from: day, to: day, refunds: [refund]))
        }
    }

    @Test func anHourOutsideTheDayIsRefused() {
        #expect(throws: ReportError.badHour(24)) {
            try PeriodReport(ReportInput(currency: WorkedDay.chf, from: day, to: day, sales: [sale(on: day, hour: 24)]))
        }
    }

    @Test func aDrawerInAnotherCurrencyIsRefused() throws {
        let euros = Shift(id: "eur", terminalID: "till-9", cashierID: "ann", openedAt: WorkedDay.closingTime,
                          openingFloat: try CashCount(.eur))
        #expect(throws: ReportError.currencyMismatch(expected: "CHF", got: "EUR")) {
            try PeriodReport(ReportInput(currency: WorkedDay.chf, from: day, to: day, shifts: [euros]))
        }
    }

    @Test func figuresTooLargeToAddAreRefusedNotTrapped() {
        let huge = SalesCount(businessDay: day, hour: 10, staffID: "ann",
                              figures: SaleFigures(sales: 1, items: .one, gross: .max, discount: 0, total: .max))
        #expect(throws: ReportError.overflow) {
            try PeriodReport(ReportInput(currency: WorkedDay.chf, from: day, to: day, sales: [huge, huge]))
        }
    }

    @Test func onlyTrainingSalesLeaveEveryFigureAtZero() throws {
        let report = try PeriodReport(ReportInput(currency: WorkedDay.chf, from: day, to: day,
                                                  sales: [sale(on: day, training: true), sale(on: day, training: true)],
                                                  tenders: [TenderCount(kind: .cash, payments: 2, amount: 200, training: true)]))
        #expect(report.trainingSales == 2)
        #expect(report.salesCount == 0)
        #expect(report.sales == 0)
        #expect(report.tenders.isEmpty)
        #expect(report.analysis.cashiers.isEmpty)
        #expect(report.analysis.hours.allSatisfy { $0.sales == Tally() })
    }
}
