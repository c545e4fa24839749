/// One thing till-bench measures, with the raw baseline doing the same work with nothing of Till in between.
protocol Scenario: Sendable {
    var name: String { get }
    /// What one sample counts: "µs" per operation, "bytes" per frame…
    var unit: String { get }
    /// The target, applied to the p99 of the samples.
    var target: Target { get }
    /// Samples of Till's code path and of the baseline, taken in the same run.
    func measure(runs: Int) throws -> (samples: [UInt64], baseline: [UInt64])
}

/// A target a figure must stay under.
struct Target {
    let limit: UInt64
    let text: String

    func met(by p99: UInt64) -> Bool { p99 < limit }
}
