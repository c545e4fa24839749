import Foundation
import TillStore
import TillSync

/// A terminal back from a long outage with 50,000 queued sales catching up with its hub: a copy of
/// the store is paired with a fresh release `till-hub serve` on loopback, and the clock runs from the
/// first `Synchronizer.syncOnce()` until its outbox is empty (pushes of 200, then the pull of the
/// feed they made). One sample per run, two runs; `--quick` queues 5,000 sales and runs once.
///
/// Baseline: the same events, with the `stock_level` upserts their effects imply, inserted through
/// SQLite's C API into a fresh hub database in 200-event transactions. Target: under 60 s.
struct CatchUpScenario: Scenario {
    let name = "catch-up-50k"
    let unit = "ms"
    let target = Target.p99Below(60_000, "under 60 s")

    func reportName(quick: Bool) -> String { quick ? "catch-up-5k (quick)" : name }

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        let lane = try QueuedLane(sales: quick ? 5_000 : 50_000)
        let rows = try lane.events.map { try RawHubWriter.Row(terminal: "T1", event: $0) }
        var samples: [UInt64] = []
        var baseline: [UInt64] = []
        for _ in 0..<(quick ? 1 : 2) {
            samples.append(try catchUp(lane) / 1_000_000)
            let folder = BenchFolder()
            try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
            let raw = try RawHubWriter(path: folder.url.appendingPathComponent("hub.sqlite").path)
            let receivedAt = Timestamp.text(Date())
            baseline.append(try withExtendedLifetime(folder) {
                try time {
                    for start in stride(from: 0, to: rows.count, by: 200) {
                        try raw.write(rows[start..<min(start + 200, rows.count)], receivedAt: receivedAt)
                    }
                }
            } / 1_000_000)
        }
        return (samples, baseline)
    }

    /// Nanoseconds a fresh copy of `lane`, paired with a fresh hub, takes to empty its outbox.
    private func catchUp(_ lane: QueuedLane) throws -> UInt64 {
        let hub = try BenchHub()
        let (folder, database) = try lane.copy()
        // The hub must run, and the store's folder stay, until the catch-up is over.
        defer { withExtendedLifetime((hub, folder)) {} }
        let endpoint = hub.endpoint
        let synchronizer = Synchronizer(database: database)
        let sales = lane.sales
        return try runBlocking {
            let code = try await endpoint.pairingCode(terminal: "T1")
            _ = try await synchronizer.pair(hubURL: endpoint.url, code: code, terminalID: "T1", currency: BenchHub.currency,
                                            taxClasses: BenchHub.taxClasses)
            let start = DispatchTime.now().uptimeNanoseconds
            var pushed = 0
            repeat {
                let report = try await synchronizer.syncOnce()
                guard report.rejected == 0 else { throw BenchError("the hub rejected \(report.rejected) queued sales") }
                pushed += report.pushed
            } while try database.outboxBacklog().count > 0
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            guard pushed == sales else { throw BenchError("the hub took \(pushed) of \(sales) queued sales") }
            return elapsed
        }
    }
}
