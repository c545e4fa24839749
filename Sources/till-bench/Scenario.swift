/// One thing till-bench measures, with the raw baseline doing the same work with nothing of Till in between.
protocol Scenario: Sendable {
    var name: String { get }
    /// What one sample counts: "µs" per operation, "bytes" per frame…
    var unit: String { get }
    /// The target, applied to the p99 of the samples.
    var target: Target { get }
    /// Samples of Till's code path and of the baseline, taken in the same run; `quick` asks for a smaller data set.
    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64])
    /// The name in the report, which may say what size of data ran.
    func reportName(quick: Bool) -> String
}

extension Scenario {
    func reportName(quick: Bool) -> String { name }
}

/// The target for a scenario: a p99 ceiling, a ceiling on the ratio to the baseline, or none.
enum Target {
    /// The p99 must stay under this many units.
    case p99Below(UInt64, String)
    /// Till's median may be at most this many times the baseline's (1/0.7 for "70 % of raw throughput").
    case ratioAtMost(Double, String)
    /// The issue names no target: the figures are only reported, so the verdict is always "met".
    case reportOnly(String)

    var text: String {
        switch self {
        case .p99Below(_, let text), .ratioAtMost(_, let text), .reportOnly(let text): text
        }
    }

    func met(p99: UInt64, ratio: Double) -> Bool {
        switch self {
        case .p99Below(let limit, _): p99 < limit
        case .ratioAtMost(let limit, _): ratio <= limit
        case .reportOnly: true
        }
    }
}
