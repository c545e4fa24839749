import Foundation
import Histogram

/// A scenario's figures: median and p99 beside the baseline's median, and whether the target holds.
struct Report: Encodable {
    let name: String
    let unit: String
    let median: UInt64
    let p99: UInt64
    let baseline_median: UInt64
    let ratio: Double
    let target: String
    let met: Bool

    init(_ scenario: any Scenario, name: String, samples: [UInt64], baseline: [UInt64]) {
        self.name = name
        unit = scenario.unit
        median = Self.percentile(samples, 50)
        p99 = Self.percentile(samples, 99)
        baseline_median = Self.percentile(baseline, 50)
        ratio = baseline_median == 0 ? 0 : (Double(median) / Double(baseline_median) * 100).rounded() / 100
        target = scenario.target.text
        met = scenario.target.met(p99: p99, ratio: Double(median) / Double(max(1, baseline_median)))
    }

    /// The percentile from an HdrHistogram of the samples (3 significant digits).
    static func percentile(_ samples: [UInt64], _ percentile: Double) -> UInt64 {
        var histogram = Histogram<UInt64>(highestTrackableValue: max(2, (samples.max() ?? 1) * 2), numberOfSignificantValueDigits: .three)
        for sample in samples { _ = histogram.record(sample) }
        return histogram.valueAtPercentile(percentile)
    }

    var line: String {
        let verdict = met ? "met" : "NOT MET"
        return "\(name.padding(toLength: 24, withPad: " ", startingAt: 0)) median \(median) \(unit), p99 \(p99) \(unit), "
            + "baseline \(baseline_median) \(unit), ratio \(ratio)×, target \(target): \(verdict)"
    }
}

/// The largest resident set the process reached, from /proc (VmHWM), in KiB.
func peakMemoryKiB() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    return status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
}

/// Nanoseconds taken by `body`.
func time(_ body: () throws -> Void) rethrows -> UInt64 {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return DispatchTime.now().uptimeNanoseconds - start
}
