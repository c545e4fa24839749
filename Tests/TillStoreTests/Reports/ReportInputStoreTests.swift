import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// Every figure of `ReportDay`, worked out by hand and read back through the store's query and the
/// core's arithmetic. Tax is per line, inside the price: tax = round(price × rate / (1 + rate)).
@Suite struct ReportInputStoreTests {
    let database: AppDatabase
    let input: ReportInput
    let report: PeriodReport

    init() throws {
        database = try ReportDay.store()
        try ReportDay.recordTuesday(on: database)
        input = try database.reportInput(from: ReportDay.day(), to: ReportDay.day(), currency: ReportDay.chf, rounding: .halfUp,
                                         calendar: ReportDay.zurich)
        report = try PeriodReport(input)
    }

    @Test func theDaysCountsComeBack() throws {
        // Monday's five sales (Tuesday's is another day), each in its own quarter hour, in the hours they were rung up in Zurich
        #expect(input.sales.map(\.hour).sorted() == [9, 10, 12, 15, 16])
        #expect(input.sales.filter(\.training).map(\.figures.total) == [520])
        // The real refund and the training one
        #expect(input.refunds.map(\.total).sorted() == [468, 520])
        #expect(input.refunds.filter(\.training).map(\.total) == [520])
        // The muffins voided on s1 and on the training sale, at their price
        #expect(input.voids.sorted { $0.staffID < $1.staffID } == [VoidCount(staffID: "ann", unitPrice: 350),
                                                                   VoidCount(staffID: "sam", training: true, unitPrice: 350)])
        // Both shifts, rebuilt, in the order they opened; both approvals; Ann 08:00–11:00, Sam 11:30–17:00
        #expect(input.shifts.map(\.id) == ["am", "pm"])
        #expect(input.shifts.map(\.status) == [.closed, .closed])
        #expect(input.approvals == 2)
        #expect(input.activeMinutes == ["ann": 180, "sam": 330])
    }

    @Test func salesAndRefundsAddUp() {
        // The training sale s4 is left out: s1, s2, s3 and s5
        #expect(report.salesCount == 4)
        #expect(report.trainingSales == 1)
        // Gross 7.12 + 12.87 + 15.25 + 5.76 = 41.00 (the voided muffin is not in it)
        #expect(report.gross == 4_100)
        // 10 % off s3's 15.25, rounded half up
        #expect(report.discounts == 153)
        // Prices include tax: 41.00 − 1.53 = 39.47, nothing added
        #expect(report.taxAdded == 0)
        #expect(report.sales == 3_947)
        // The cake back; the training refund does not count
        #expect(report.refunds == Tally(count: 1, amount: 468))
        #expect(report.net == 3_479)
        // −0.02 − 0.02 − 0.02 − 0.01; the card refund has none
        #expect(report.rounding == -7)
        #expect(report.collected == 3_472)
    }

    @Test func taxByRateIsSalesLessRefunds() throws {
        // 2.6 %: gipfeli 1.92 → 0.05 on 1.87; 3 teas 10.05 less 1.01 of the discount = 9.04 → 0.23 on 8.81;
        //        3 gipfeli 5.76 → 0.15 on 5.61. Base 16.29, tax 0.43
        // 8.1 %: cappuccino 5.20 → 0.39 on 4.81; sandwich 12.87 → 0.96 on 11.91; the cake's 4.68 → 0.35 on
        //        4.33 is refunded. Base 16.72, tax 1.35
        #expect(report.taxes == [
            TaxLine(code: "reduced", rate: try TaxRate(percent: "2.6"), base: 1_629, tax: 43),
            TaxLine(code: "standard", rate: try TaxRate(percent: "8.1"), base: 1_672, tax: 135),
        ])
    }

    @Test func splitTendersAreNetOfChangeAndRefunds() {
        // Cash: 10.00 + 20.00 + 3.00 + 6.00 handed over, less 2.90 + 11.30 + 0.15 + 0.25 change = 24.40
        // Card: 5.00 + 10.00, less the 4.68 refund = 10.32; together the 34.72 collected
        #expect(report.tenders == [
            TenderTotal(kind: .cash, payments: 4, amount: 2_440),
            TenderTotal(kind: .card, payments: 2, amount: 1_032),
        ])
    }

    @Test func eachDrawerIsReconciledFromItsShift() {
        // Ann: 100.00 + (30.00 − 14.20) + 20.00 = 135.80 expected, 135.75 counted: 0.05 short
        let ann = CashFigures(float: 10_000, cashSales: 1_580, cashRefunds: 0, paidIn: 2_000, paidOut: 0,
                              expected: 13_580, counted: 13_575, overShort: -5)
        // Sam: 50.00 + (9.00 − 0.40) − 12.50 = 46.10; the training sale's and refund's cash are not real
        let sam = CashFigures(float: 5_000, cashSales: 860, cashRefunds: 0, paidIn: 0, paidOut: 1_250,
                              expected: 4_610, counted: 4_610, overShort: 0)
        #expect(report.cash.drawers.map(\.figures) == [ann, sam])
        #expect(report.cash.total.expected == 18_190)
        #expect(report.cash.total.overShort == -5)
    }

    @Test func voidsOverridesApprovalsNoSalesAndPace() throws {
        // The muffin on s1; the training sale's muffin is left out
        #expect(report.voids == Tally(count: 1, amount: 350))
        #expect(report.voidsByCashier == ["ann": Tally(count: 1, amount: 350)])
        #expect(report.priceOverrides == 1)
        #expect(report.approvals == 2)
        #expect(report.noSales == 1)
        // Ann sold 2 + 4 items in 180 minutes, 0.033 a minute; Sam 1 + 3 in 330, 0.012
        let pace = Dictionary(uniqueKeysWithValues: report.analysis.cashiers.map { ($0.staffID, $0.itemsPerMinute) })
        #expect(pace == ["ann": Quantity(thousandths: 33), "sam": Quantity(thousandths: 12)])
        // By hour: 9h 7.12, 10h 13.72, 12h 12.87, 16h 5.76
        #expect(report.analysis.hours.filter { $0.sales.count > 0 }.map { "\($0.hour) \($0.sales.amount)" }
                == ["9 712", "10 1372", "12 1287", "16 576"])
    }

    @Test func aRangeTakesEveryDayInIt() throws {
        let both = try PeriodReport(try database.reportInput(from: ReportDay.day(), to: ReportDay.day("2025-03-04"),
                                                             currency: ReportDay.chf, rounding: .halfUp, calendar: ReportDay.zurich))
        #expect(both.salesCount == 5)
        #expect(both.analysis.days.map { "\($0.day) \($0.sales.amount) \($0.refunds.amount)" }
                == ["2025-03-03 3947 468", "2025-03-04 576 0"])
    }

    @Test func aDayTheCalendarDoesNotHaveIsRefused() throws {
        #expect(throws: StoreError.conflict("2025-02-30 is not a day; write it as YYYY-MM-DD.")) {
            try database.reportInput(from: try BusinessDay("2025-02-30"), to: ReportDay.day(), currency: ReportDay.chf,
                                     rounding: .halfUp, calendar: ReportDay.zurich)
        }
        #expect(throws: ReportError.badDay("2025-02-30")) { try ReportDay.zurich.day("2025-02-30") }
        #expect(try ReportDay.zurich.day("2024-02-29") == BusinessDay("2024-02-29"))
    }

    @Test func aSaleInAnotherCurrencyIsRefused() throws {
        let euro = Currency(code: "EUR", exponent: 2)
        let error = #expect(throws: StoreError.self) {
            try database.reportInput(from: ReportDay.day(), to: ReportDay.day(), currency: euro, rounding: .halfUp,
                                     calendar: ReportDay.zurich)
        }
        #expect(error?.description.hasSuffix("is in CHF, but this report is in EUR; set the store's currency back in till.toml.") == true)
    }
}
