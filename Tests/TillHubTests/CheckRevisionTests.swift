import Testing
import TillHub
import TillWire

/// Restaurant checks on the hub: a save is taken only over the revision the hub holds; a lane that
/// changed an older one is refused, and the hub's revision goes back into the feed for it to rebase on.
@Suite struct CheckRevisionTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    static func save(_ seq: Int64, revision: String, base: String?, generation: Int = 1, closed: Bool = false, paid: Bool = false,
                     terminal: String = "t1") throws -> WireEvent {
        let save = CheckSave(id: "chk-1", revision: revision, base: base, generation: generation, closed: closed, paid: paid,
                             firstNewLine: 1, terminalID: terminal, savedAt: "2026-12-03T20:00:00.000Z", document: #"{"table":"4"}"#)
        return Wire.event(seq, id: revision, kind: "check", payload: try WireJSON.encode(save))
    }

    @Test func aSaveOverTheHeldRevisionIsTakenAndPassedToTheStoresLanes() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            let response = try await client.push([try Self.save(1, revision: "r1", base: nil), try Self.save(2, revision: "r2", base: "r1")],
                                                 token: token)
            #expect(try response.decode(PushResponse.self).rejected.isEmpty)
            // One change for the check, carrying its latest revision
            let feed = try await hub.feed()
            #expect(feed.map(\.entity) == [.check] && feed.map(\.key) == ["chk-1"])
            #expect(try WireJSON.decode(CheckSave.self, from: feed[0].data).revision == "r2")
        }
    }

    @Test func aSaveOverAnOlderRevisionIsRefusedAndTheHubsRevisionSentAgain() async throws {
        try await hub.withClient { client in
            let first = try await hub.pair(client, terminal: "t1")
            let second = try await hub.pair(client, terminal: "t2")
            _ = try await client.push([try Self.save(1, revision: "r1", base: nil), try Self.save(2, revision: "r2", base: "r1")], token: first)
            // When t2, which had r1 only, saves over it
            let response = try await client.push([try Self.save(1, revision: "r2b", base: "r1", terminal: "t2")], token: second)
            // Then it is refused, naming the lane that changed the check first
            let rejected = try response.decode(PushResponse.self).rejected
            #expect(rejected.map(\.id) == ["r2b"])
            #expect(rejected.first?.reason.contains("changed on terminal t1 first") == true)
            // And r2 comes round the feed again, after the refusal, for t2 to rebase on
            let feed = try await hub.feed()
            #expect(feed.count == 2)
            #expect(try WireJSON.decode(CheckSave.self, from: feed[1].data).revision == "r2")
            #expect(try await hub.count("SELECT COUNT(*) FROM event_log WHERE status = 'rejected'") == 1)
        }
    }

    @Test func aClosedCheckIsNeverReopenedByALateSave() async throws {
        try await hub.withClient { client in
            let first = try await hub.pair(client, terminal: "t1")
            let second = try await hub.pair(client, terminal: "t2")
            _ = try await client.push([try Self.save(1, revision: "r1", base: nil),
                                       try Self.save(2, revision: "r2", base: "r1", closed: true, paid: true)], token: first)
            let response = try await client.push([try Self.save(1, revision: "r2b", base: "r1", terminal: "t2"),
                                                  try Self.save(2, revision: "r3", base: "r2", terminal: "t2"),
                                                  try Self.save(3, revision: "r4", base: "r1", closed: true, paid: true, terminal: "t2")],
                                                 token: second)
            let reasons = try response.decode(PushResponse.self).rejected.map(\.reason)
            #expect(reasons.count == 3)
            #expect(reasons[0].contains("was closed on terminal t1"))
            #expect(reasons[1].contains("was closed on terminal t1"), "not even a save naming the close reopens it")
            #expect(reasons[2] == "check chk-1 was paid on terminal t1 and again on this one: compare the two sales and refund one")
            #expect(try await hub.count("SELECT closed FROM restaurant_check WHERE check_id = 'chk-1'") == 1)
            // A save that is not a check's is refused as unreadable
            let broken = try await client.push([Wire.event(4, id: "r5", kind: "check", payload: #"{"id":"chk-1"}"#)], token: second)
            #expect(try broken.decode(PushResponse.self).rejected.first?.reason.hasPrefix("the check cannot be read") == true)
        }
    }

    @Test func aRefusalIsToldAgainWhenItsAnswerWasLostAndNeverRepeatedForADuplicate() async throws {
        try await hub.withClient { client in
            let first = try await hub.pair(client, terminal: "t1")
            let second = try await hub.pair(client, terminal: "t2")
            _ = try await client.push([try Self.save(1, revision: "r1", base: nil), try Self.save(2, revision: "r2", base: "r1")], token: first)
            let stale = try Self.save(1, revision: "r2b", base: "r1", terminal: "t2")
            _ = try await client.push([stale], token: second)
            // When t2 sends it again (the answer was lost), the refusal comes again
            let again = try await client.push([stale], token: second)
            #expect(try again.decode(PushResponse.self).rejected.map(\.id) == ["r2b"])
            // And t1 paired again sends its history: its saves are duplicates, not conflicts
            let repaired = try await hub.pair(client, terminal: "t1")
            let replay = try await client.push([try Self.save(1, revision: "r1", base: nil), try Self.save(2, revision: "r2", base: "r1")],
                                               token: repaired)
            #expect(try replay.decode(PushResponse.self).rejected.isEmpty)
            #expect(try await hub.count("SELECT COUNT(*) FROM event_log WHERE status = 'duplicate'") == 2)
        }
    }
}
