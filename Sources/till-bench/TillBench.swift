import ArgumentParser
import Foundation

/// `till-bench`: runs each scenario beside its raw baseline, in release builds, and reports ratios.
@main
struct TillBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "till-bench",
        abstract: "Measure Till's speed targets, each beside a raw baseline of the same work.")

    @Flag(help: "Print one JSON object per scenario instead of text.") var json = false
    @Flag(help: "Fewer runs, for a smoke check.") var quick = false
    @Argument(help: "Scenarios to run (default: all). Known: \(scenarios.map(\.name).joined(separator: ", "))")
    var names: [String] = []

    /// The catalog store the scan, search and import scenarios share within a run.
    static let catalog = SharedCatalog()
    static let scenarios: [any Scenario] = [
        SaleCommitScenario(), FrameRenderScenario(), OneLineBytesScenario(),
        ScanToLineScenario(catalog: catalog), PrefixSearchScenario(catalog: catalog), CatalogImportScenario(catalog: catalog),
        KeystrokeToFrameScenario(), ColdStartScenario(), ZReportScenario(), SalesByCategoryYearScenario(),
        HubIngestScenario(), CatchUpScenario(),
    ]

    func run() throws {
        let chosen = names.isEmpty ? Self.scenarios : try names.map { name in
            guard let scenario = Self.scenarios.first(where: { $0.name == name }) else {
                throw ValidationError("unknown scenario \(name)")
            }
            return scenario
        }
        defer { Self.catalog.removeAll() }
        var reports: [Report] = []
        for scenario in chosen {
            let (samples, baseline) = try scenario.measure(runs: quick ? 200 : 2_000, quick: quick)
            let report = Report(scenario, name: scenario.reportName(quick: quick), samples: samples, baseline: baseline)
            reports.append(report)
            if !json { print(report.line) }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for report in reports { print(String(decoding: try encoder.encode(report), as: UTF8.self)) }
        } else if let peak = peakMemoryKiB() {
            print("peak memory \(peak / 1024) MiB")
        }
    }
}
