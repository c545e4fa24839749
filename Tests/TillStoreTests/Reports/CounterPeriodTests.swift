import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// Long periods read whole months from the month counters and only the loose days day by day.
@Suite struct CounterPeriodTests {
    @Test(arguments: [
        ("2025-01-31", "2025-03-01", "2025-02-01", "2025-03-01"),
        ("2025-03-01", "2025-03-31", "2025-03-01", "2025-04-01"),
        ("2025-12-15", "2026-01-31", "2026-01-01", "2026-02-01"),
        ("2025-01-01", "2025-12-31", "2025-01-01", "2026-01-01"),
        // No whole month: every day is read from the day counters, up to the day after the period
        ("2025-02-01", "2025-02-27", "2025-02-28", "2025-02-28"),
        ("2025-02-10", "2025-03-09", "2025-03-10", "2025-03-10"),
        ("2024-02-29", "2024-02-29", "2024-03-01", "2024-03-01"),
    ])
    func aPeriodIsCutIntoWholeMonthsAndLooseDays(from: String, to: String, monthsFrom: String, monthsTo: String) throws {
        let period = try CounterPeriod(from: BusinessDay(from), to: BusinessDay(to), calendar: ReportDay.zurich)
        #expect(period.monthsFrom == monthsFrom)
        #expect(period.monthsTo == monthsTo)
        #expect(period.end == (try ReportDay.zurich.day(after: BusinessDay(to)).iso))
    }

    @Test func aReportReadsTheMonthCountersOfTheWholeMonthsOnly() throws {
        // Given a cappuccino sold on 31 January, 10 and 28 February and 1 March
        let database = try StaffFixture.store()
        for (index, days) in [-31, -21, -3, -2].enumerated() {
            var cart = Cart(currency: ReportDay.chf, openedAt: SaleFixture.now)
            try cart.add(ReportDay.cappuccino, at: SaleFixture.now)
            try cart.addTender(.card, amount: 520, context: try SaleFixture.pricing())
            try ReportDay.commit(try cart.complete(id: "s\(index)", staffID: "ann", context: try SaleFixture.pricing()),
                                 at: ReportDay.local(10, days: days), shift: nil, to: database)
        }
        func drinks(_ from: String, _ to: String) throws -> Int64? {
            try PeriodReport(database.reportInput(from: BusinessDay(from), to: BusinessDay(to), currency: ReportDay.chf, rounding: .halfUp,
                                                  calendar: ReportDay.zurich)).analysis.categories.first { $0.categoryID == "drinks" }?.net
        }
        #expect(try drinks("2025-01-31", "2025-03-01") == 2_080)
        // When February's month counter alone is marked
        try database.writer.write { try $0.execute(sql: "UPDATE report_items_by_month SET net = net + 100000 WHERE month = '2025-02-01'") }
        // Then the periods that hold all of February read it, and the others read February's days
        #expect(try drinks("2025-01-31", "2025-03-01") == 102_080)
        #expect(try drinks("2025-02-01", "2025-02-28") == 101_040)
        #expect(try drinks("2025-02-01", "2025-02-27") == 520)
        #expect(try drinks("2025-02-10", "2025-03-01") == 1_560)
    }
}
