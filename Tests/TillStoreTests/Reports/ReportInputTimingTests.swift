import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// How long a day of 10 000 sales takes to read and add up, printed for the log; never asserted
/// (figures that count are `till-bench`'s, in release mode).
@Suite struct ReportInputTimingTests {
    @Test func aDayOfTenThousandSalesIsReadAndAddedUp() throws {
        // Given Monday's five sales copied 2 000 times, straight in SQL (a commit apiece would spend the test on fsync)
        let database = try ReportDay.store()
        try database.writer.write { db in
            try db.execute(sql: """
                WITH RECURSIVE copy(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copy WHERE n < 2000)
                INSERT INTO sale (id, terminal_id, receipt_number, training, completed_at, business_day, staff_id, shift_id,
                                  customer_id, currency, item_count, subtotal, discount_total, tax_total, total, rounding, paid,
                                  change, document)
                SELECT id || '-' || n, terminal_id, receipt_number + 10 * n, training, completed_at, business_day, staff_id, NULL,
                       customer_id, currency, item_count, subtotal, discount_total, tax_total, total, rounding, paid, change, document
                FROM sale, copy
                """)
        }
        let day = try ReportDay.day()
        let clock = ContinuousClock()
        let documents = try clock.measure {
            _ = try database.writer.read { try String.fetchAll($0, sql: "SELECT document FROM sale WHERE business_day = ?", arguments: [day.iso]) }
        }
        var report: PeriodReport?
        let whole = try clock.measure {
            report = try PeriodReport(database.reportInput(from: day, to: day, currency: ReportDay.chf, rounding: .halfUp,
                                                           calendar: ReportDay.zurich))
        }
        print("report timing: 10 005 sales, reportInput + PeriodReport \(whole); reading the documents alone \(documents)")
        #expect(report?.salesCount == 4 * 2_001)
        #expect(report?.trainingSales == 2_001)
    }
}
