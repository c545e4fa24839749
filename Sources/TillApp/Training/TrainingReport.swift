import Foundation
public import TillStore
import TillCore

/// `till training report`: each trainee's attempts, and their best and latest score per exercise,
/// as a trainer reads them.
public enum TrainingReport {
    /// The report's lines for `attempts` (one trainee's or everyone's), with staff names where known.
    public static func lines(_ attempts: [TrainingAttempt], names: [String: String]) -> [String] {
        guard !attempts.isEmpty else { return ["No exercise has been finished yet."] }
        var lines: [String] = []
        for staffID in Set(attempts.map(\.staffID)).sorted() {
            let own = attempts.filter { $0.staffID == staffID }
            lines.append("\(names[staffID] ?? "Staff \(staffID)") (\(staffID)): \(own.count) attempt\(own.count == 1 ? "" : "s")")
            for exerciseID in unique(own.map(\.exerciseID)) {
                let tries = own.filter { $0.exerciseID == exerciseID }
                guard let latest = tries.last, let best = tries.map(\.score.points).max() else { continue }
                let average = tries.map(\.score.points).reduce(0, +) / tries.count
                lines.append("  \(latest.exerciseTitle.padding(toLength: 34, withPad: " ", startingAt: 0)) "
                             + "tries \(tries.count), best \(best), average \(average), latest \(latest.score.points) "
                             + "(\(latest.score.seconds) s, \(latest.score.keystrokes) keys, \(latest.score.mistakes) mistakes)")
            }
        }
        return lines
    }

    /// `items` without repeats, in first-seen order.
    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
