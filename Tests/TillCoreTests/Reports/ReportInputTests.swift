import Testing
import TillCore

/// Rows a report must refuse rather than add up wrongly.
@Suite struct ReportInputTests {
    let day = WorkedDay.day

    func sale(on day: BusinessDay, hour: Int = 10, training: Bool = false) -> SaleFact {
        SaleFact(staffID: "ann", businessDay: day, hour: hour, training: training, itemCount: .one, gross: 100,
                 discount: 0, total: 100, taxes: [], tenders: [Tender(kind: .cash, amount: 100)])
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
        let refund = RefundFact(staffID: "ann", businessDay: other, total: 100, taxes: [], tenders: [])
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
        let huge = SaleFact(staffID: "ann", businessDay: day, hour: 10, itemCount: .one, gross: .max, discount: 0,
                            total: .max, taxes: [], tenders: [])
        #expect(throws: ReportError.overflow) {
            try PeriodReport(ReportInput(currency: WorkedDay.chf, from: day, to: day, sales: [huge, huge]))
        }
    }

    @Test func onlyTrainingSalesLeaveEveryFigureAtZero() throws {
        let report = try PeriodReport(ReportInput(currency: WorkedDay.chf, from: day, to: day,
                                                  sales: [sale(on: day, training: true), sale(on: day, training: true)]))
        #expect(report.trainingSales == 2)
        #expect(report.salesCount == 0)
        #expect(report.sales == 0)
        #expect(report.tenders.isEmpty)
        #expect(report.analysis.cashiers.isEmpty)
        #expect(report.analysis.hours.allSatisfy { $0.sales == Tally() })
    }
}
