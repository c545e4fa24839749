import Foundation
import Testing
import TillStore
import TillWire

/// How a terminal takes the hub's answer to a push: what is marked sent, what goes again.
@Suite struct AcknowledgementTests {
    let lane: Lane
    let noon = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        lane = try Lane()
        try lane.database.savePairing(hubURL: "http://hub.test", storeID: "S", token: "t", at: noon)
        for id in ["a", "b", "c"] { try lane.sell([("coffee", 1)], id: id) }
    }

    @Test func acknowledgedEventsAreNotSentAgainAndRejectionsAreKept() throws {
        // When the hub takes events 1 and 2, refusing 2
        try lane.database.acknowledge(PushResponse(ackedThrough: 2, rejected: [Rejection(seq: 2, id: "b", reason: "unknown kind")],
                                                   hubHLC: 0), at: noon)

        // Then only event 3 waits, and the refusal is kept for a manager
        #expect(try lane.database.eventsToPush().map(\.seq) == [3])
        #expect(try lane.database.outboxBacklog().count == 1)
        let rejected = try lane.database.rejectedEvents()
        #expect(rejected.count == 1 && rejected.first?.sequence == 2 && rejected.first?.reason == "unknown kind")
    }

    @Test func aHubRestoredFromABackupGetsTheEventsItLostAgain() throws {
        // Given all three events acknowledged
        try lane.database.acknowledge(PushResponse(ackedThrough: 3, hubHLC: 0), at: noon)
        #expect(try lane.database.eventsToPush().isEmpty)

        // When the hub later says it holds only event 1
        try lane.database.acknowledge(PushResponse(ackedThrough: 1, hubHLC: 0), at: noon)

        // Then events 2 and 3 count as unsent and go again
        #expect(try lane.database.eventsToPush().map(\.seq) == [2, 3])
        #expect(try lane.database.outboxBacklog().count == 2)
    }

    @Test func aGapMakesTheTerminalSendAgainFromWhereTheHubIs() throws {
        // Given the terminal thinks the hub has event 1
        try lane.database.acknowledge(PushResponse(ackedThrough: 1, hubHLC: 0), at: noon)

        // When the hub (paired anew) says it has nothing and expects event 1
        try lane.database.acknowledge(PushResponse(ackedThrough: 0, expectedSeq: 1, hubHLC: 0), at: noon)

        // Then everything goes again from event 1
        #expect(try lane.database.eventsToPush().map(\.seq) == [1, 2, 3])
    }

    @Test func theTerminalClockMovesPastTheHubs() throws {
        // Given a hub whose clock reads an hour after the terminal's last event
        let last = try #require(try lane.database.eventsToPush().last?.hlc)
        let hub = last + PackedHLC.make(millis: 3_600_000)
        try lane.database.acknowledge(PushResponse(ackedThrough: 3, hubHLC: hub), at: noon)

        // When the terminal writes another event with its own (earlier) wall clock
        try lane.sell([("coffee", 1)], id: "d")

        // Then it orders after what the terminal learned from the hub
        #expect(try #require(try lane.database.eventsToPush().first?.hlc) > hub)
    }
}
