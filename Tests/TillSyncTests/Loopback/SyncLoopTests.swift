import Foundation
import HubProcess
import Synchronization
import Testing
import TillStore
import TillSync

/// The background loop: it keeps trying while the hub is away and sends what waited once it is back.
@Suite(.serialized) struct SyncLoopTests {
    /// Collects the loop's outcomes as they come.
    final class Outcomes: Sendable {
        private let list = Mutex<[SyncOutcome]>([])
        func add(_ outcome: SyncOutcome) { list.withLock { $0.append(outcome) } }
        var failures: Int { list.withLock { $0.filter { if case .failed = $0 { true } else { false } }.count } }
        var successes: Int { list.withLock { $0.count } - failures }
    }

    /// Waits with `Task.sleep`, so the loop's task gets the cooperative threads while the test waits.
    func eventually(within seconds: Double = 20, _ condition: () throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    @Test func salesMadeWhileTheHubIsDownGoOnceItIsBack() async throws {
        // Given a paired lane whose hub then goes down, and a sale made meanwhile
        let hub = try HubProcess()
        let lane = try Lane("T1")
        try await lane.pair(with: hub)
        hub.kill()
        try lane.sell([("coffee", 1)], id: "a")
        let outcomes = Outcomes()
        let loop = SyncLoop(synchronizer: lane.synchronizer(), interval: .milliseconds(200),
                            backoff: Backoff(base: .milliseconds(50), cap: .milliseconds(200))) { outcomes.add($0) }
        defer { loop.stop() }

        // When the loop runs, it fails and keeps the sale
        loop.start()
        #expect(await eventually { outcomes.failures > 0 })
        #expect(try lane.database.outboxBacklog().count == 1)
        #expect(try lane.database.syncState()?.lastError?.contains("cannot be reached") == true)

        // Then once the hub is back, the loop sends it without a new sale to trigger it
        try hub.start()
        #expect(try await eventually { try lane.database.outboxBacklog().count == 0 })
        #expect(await eventually { outcomes.successes > 0 })
    }

    @Test func aSaleWakesTheLoopAtOnce() async throws {
        // Given a loop that would wait a minute between rounds, its first round done
        let hub = try HubProcess()
        let lane = try Lane("T1")
        try await lane.pair(with: hub)
        let outcomes = Outcomes()
        let loop = SyncLoop(synchronizer: lane.synchronizer(), interval: .seconds(60)) { outcomes.add($0) }
        defer { loop.stop() }
        loop.start()
        #expect(await eventually { outcomes.successes == 1 })

        // When a sale is made and the loop woken
        try lane.sell([("coffee", 1)], id: "a")
        loop.wake()

        // Then it goes within moments, not a minute
        #expect(try await eventually(within: 5) { try lane.database.outboxBacklog().count == 0 })
    }
}
