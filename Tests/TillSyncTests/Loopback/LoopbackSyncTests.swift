import Foundation
import HubProcess
import Testing
import TillCore
import TillStore
import TillSync
import TillWire

/// A terminal and the real hub over TCP on loopback: pairing, push, pull, and the faults a network
/// and a power cut bring.
@Suite(.serialized) struct LoopbackSyncTests {
    @Test func aPairedLaneGetsTheCatalogAndItsSalesReachTheOtherLanes() async throws {
        // Given a hub with store S, lane T1 paired and the café's catalog published
        let hub = try HubProcess()
        let first = try Lane("T1", withCatalog: false)
        try await first.pair(with: hub)
        try hub.importCatalog(Lane.catalogCSV(), store: "S")

        // When T1 syncs, sells two coffees and syncs again
        let pulled = try await first.syncFully()
        #expect(pulled.pulled == 4, "a category and three products")
        #expect(try first.database.product(sku: "coffee")?.price == 450)
        try first.sell([("coffee", 2)], id: "sale-1")
        let pushed = try await first.syncFully()

        // Then the hub took the sale, and a second lane paired later sees the catalog and the stock
        #expect(pushed.pushed == 1 && pushed.rejected == 0)
        #expect(try first.database.outboxBacklog().count == 0)
        let second = try Lane("T2", withCatalog: false)
        try await second.pair(with: hub)
        try await second.syncFully()
        #expect(try second.database.product(sku: "water")?.price == 300)
        #expect(try second.database.hubStockLevels() == [HubStockLevel(productID: "coffee", locationID: "floor", quantity: -2_000)])
        #expect(try first.database.syncState()?.lastError == nil)
    }

    @Test func aPushDeliveredTwiceIsAppliedOnce() async throws {
        // Given a lane with three sales waiting
        let hub = try HubProcess()
        let lane = try Lane("T1")
        try await lane.pair(with: hub)
        for id in ["a", "b", "c"] { try lane.sell([("coffee", 1)], id: id) }

        // When every push reaches the hub twice
        try await lane.syncFully(DoublingTransport(inner: HTTPHubTransport(baseURL: hub.url)))

        // Then the hub counted each sale once
        let other = try Lane("T2")
        try await other.pair(with: hub)
        try await other.syncFully()
        #expect(try other.database.hubStockLevels().first?.quantity == -3_000)
    }

    @Test func anAnswerLostAfterTheHubCommittedIsNotAppliedTwice() async throws {
        // Given a lane with two sales, and a network that drops the hub's first two answers
        let hub = try HubProcess()
        let lane = try Lane("T1")
        try await lane.pair(with: hub)
        try lane.sell([("croissant", 2)], id: "a")
        try lane.sell([("croissant", 3)], id: "b")
        let flaky = AnswerLosingTransport(HTTPHubTransport(baseURL: hub.url), losses: 2)

        // When the lane tries, hears nothing, and tries again until an answer comes
        for _ in 0..<2 {
            await #expect(throws: SyncError.self) { try await lane.syncFully(flaky) }
            #expect(try lane.database.outboxBacklog().count == 2, "nothing is marked sent without an answer")
        }
        try await lane.syncFully(flaky)

        // Then the hub applied each sale exactly once
        #expect(try lane.database.outboxBacklog().count == 0)
        try await lane.syncFully()
        #expect(try lane.database.hubStockLevels().first?.quantity == -5_000)
    }

    @Test func aHubKilledMidBatchLosesNothingAndDoublesNothing() async throws {
        // Given a lane with 3,000 sales waiting (several batches)
        let hub = try HubProcess()
        let lane = try Lane("T1")
        try await lane.pair(with: hub)
        try lane.database.beginBulkLoad()
        for index in 0..<3_000 { try lane.sell([("water", 1)], id: "sale-\(index)") }
        try lane.database.endBulkLoad()

        // When the hub is killed with SIGKILL while the lane pushes, then started again
        let pushing = Task { try await lane.syncFully() }
        while try lane.database.outboxBacklog().count == 3_000 { try await Task.sleep(for: .milliseconds(2)) }
        hub.kill()
        _ = await pushing.result
        let sentBeforeTheCrash = 3_000 - (try lane.database.outboxBacklog().count)
        try hub.start()
        while try lane.database.outboxBacklog().count > 0 { try await lane.syncFully() }

        // Then the hub holds every sale exactly once
        #expect(sentBeforeTheCrash < 3_000, "the kill came mid-push (\(sentBeforeTheCrash) sent)")
        try await lane.syncFully()
        #expect(try lane.database.hubStockLevels().first?.quantity == -3_000_000)
        #expect(try hub.eventCount(kind: "sale") == 3_000)
    }

    @Test func aRevokedLaneIsToldAndKeepsItsSales() async throws {
        // Given a paired lane with a sale, then revoked on the hub
        let hub = try HubProcess()
        let lane = try Lane("T1")
        try await lane.pair(with: hub)
        try lane.sell([("coffee", 1)], id: "a")
        try hub.run(["revoke", "--store", "S", "--terminal", "T1"])

        // When it syncs, it is refused with why, and the sale waits
        await #expect { try await lane.syncFully() } throws: { error in
            guard case .notAllowed(403, let message) = error as? SyncError else { return false }
            return message.contains("revoked")
        }
        #expect(try lane.database.outboxBacklog().count == 1)
        #expect(try lane.database.syncState()?.lastError?.contains("revoked") == true)
    }
}
