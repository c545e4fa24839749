import Foundation
import TillCore
import TillStore

/// The X report of a day of 10,000 sales, which a Z report of the day also works out: the report
/// input read from the store's counters, the core's figures, and the report laid out for 42-column
/// paper, in µs. The day is rung up through the real commits first (`DayOfSales`; the time it
/// takes goes to stderr).
///
/// Baseline: the same queries straight through SQLite's C API, every row stepped and every column
/// read (`RawReportQueries`). Target: p99 under 20 ms. `--quick` rings up 1,000 sales.
struct ZReportScenario: Scenario {
    let name = "z-report-10k"
    let unit = "µs"
    let target = Target.p99Below(20_000, "p99 < 20 ms")

    func reportName(quick: Bool) -> String { quick ? "z-report-1k" : name }

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        let count = quick ? 1_000 : 10_000
        var built: DayOfSales?
        let building = try time { built = try DayOfSales(sales: count) }
        guard let day = built else { throw BenchSetupError(message: "the day was not built") }
        note("\(reportName(quick: quick)): \(count) sales and 50 refunds committed in \(building / 1_000_000) ms")
        let report = try Self.report(of: day)
        guard report.salesCount == day.realSales else {
            throw BenchSetupError(message: "the X report counts \(report.salesCount) sales of the \(day.realSales) committed")
        }
        let rounds = min(runs, 500)
        let samples = try (0..<rounds).map { _ in try time { _ = try Self.report(of: day).rendered(.x, as: .text(columns: 42)) } / 1_000 }
        let raw = try RawReportQueries(path: day.database.path)
        let baseline = try (0..<rounds).map { _ in
            try time {
                _ = try raw.run(from: DayOfSales.day, end: "2026-11-25", monthsFrom: "2026-11-25", monthsTo: "2026-11-25",
                                start: "2026-11-24T00:00:00.000Z", stop: "2026-11-25T00:00:00.000Z")
            } / 1_000
        }
        return (samples, baseline)
    }

    private static func report(of day: DayOfSales) throws -> PeriodReport {
        let date = try BusinessDay(DayOfSales.day)
        return try PeriodReport(day.database.reportInput(from: date, to: date, currency: DayOfSales.chf, rounding: .halfUp,
                                                         calendar: DayOfSales.calendar))
    }
}

/// A line for the person running the bench, on stderr, so `--json` output stays one object per line.
func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
