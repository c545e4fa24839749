import Foundation
import TillCore
import TillStore

/// Sales by category for a year of 3,600,000 sales (about 20,000,000 lines) over 5,000 products in
/// 40 categories: the report input of 2025 read from the store's counters, the core's figures, and
/// the category table laid out for 42-column paper, in ms. The counters are generated straight into
/// the store first (`YearOfCounters`; the time it takes goes to stderr).
///
/// Baseline: the same queries straight through SQLite's C API (`RawReportQueries`). Target: p99
/// under 1 s. `--quick` generates 365,000 sales over 1,000 products.
struct SalesByCategoryYearScenario: Scenario {
    let name = "sales-by-category-year"
    let unit = "ms"
    let target = Target.p99Below(1_000, "p99 < 1 s")

    func reportName(quick: Bool) -> String { quick ? name + "-quick" : name }

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        var built: YearOfCounters?
        let building = try time { built = try YearOfCounters(sales: quick ? 365_000 : 3_600_000, products: quick ? 1_000 : 5_000) }
        guard let year = built else { throw BenchSetupError(message: "the year was not built") }
        note("\(reportName(quick: quick)): counters of \(year.sales) sales, \(year.lines) lines generated in \(building / 1_000_000) ms")
        let report = try Self.report(of: year)
        guard report.salesCount == year.sales, report.analysis.categories.count == 40 else {
            throw BenchSetupError(message: "the year reads \(report.salesCount) sales in \(report.analysis.categories.count) categories")
        }
        let rounds = min(runs, quick ? 10 : 30)
        let samples = try (0..<rounds).map { _ in
            try time { _ = try Self.report(of: year).rendered(.categories, as: .text(columns: 42)) } / 1_000_000
        }
        let raw = try RawReportQueries(path: year.database.path)
        let baseline = try (0..<rounds).map { _ in
            try time {
                _ = try raw.run(from: "2025-01-01", end: "2026-01-01", monthsFrom: "2025-01-01", monthsTo: "2026-01-01",
                                start: "2025-01-01T00:00:00.000Z", stop: "2026-01-01T00:00:00.000Z")
            } / 1_000_000
        }
        return (samples, baseline)
    }

    private static func report(of year: YearOfCounters) throws -> PeriodReport {
        try PeriodReport(year.database.reportInput(from: BusinessDay("2025-01-01"), to: BusinessDay("2025-12-31"), currency: DayOfSales.chf,
                                                   rounding: .halfUp, calendar: DayOfSales.calendar))
    }
}
