import Hummingbird
import HummingbirdTesting
import Testing
import TillHub
import TillWire

@Suite struct CustomerMergeTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    private let lea: [String: JSONValue] = ["id": .string("c1"), "name": .string("Lea"), "phone": .string("079 1"), "email": .string("lea@a.ch")]

    /// The hub's record of customer c1, as the feed last published it.
    private func published() async throws -> [String: JSONValue] {
        let change = try #require(try await hub.feed().last { $0.entity == .customer && $0.key == "c1" })
        return try WireJSON.decode([String: JSONValue].self, from: change.data)
    }

    private func edit(_ client: any TestClientProtocol, token: String, seq: Int64, hlc: Int64,
                      _ changes: [String: JSONValue]) async throws {
        let customer = lea.merging(changes) { $1 }
        let event = try Wire.customer(seq, id: "edit-\(token.prefix(6))-\(seq)", hlc: hlc, customer: customer, changed: Array(changes.keys))
        #expect(try await client.push([event], token: token).decode(PushResponse.self).rejected.isEmpty)
    }

    @Test func twoTerminalsEditingDifferentFieldsBothKeepTheirChange() async throws {
        try await hub.withClient { client in
            let t1 = try await hub.pair(client, terminal: "t1")
            let t2 = try await hub.pair(client, terminal: "t2")
            try await edit(client, token: t1, seq: 1, hlc: hub.clock.hlc(), lea)

            // When t2 changes the phone, then t1 (its clock a little behind) changes the e-mail
            try await edit(client, token: t2, seq: 1, hlc: hub.clock.hlc(plusMinutes: 2), ["phone": .string("079 2")])
            try await edit(client, token: t1, seq: 2, hlc: hub.clock.hlc(plusMinutes: 1), ["email": .string("lea@b.ch")])

            // Then both changes are kept
            let record = try await published()
            #expect(record["phone"] == .string("079 2"))
            #expect(record["email"] == .string("lea@b.ch"))
            #expect(record["name"] == .string("Lea"))
        }
    }

    @Test func theLaterClockReadingWinsTheSameField() async throws {
        try await hub.withClient { client in
            let t1 = try await hub.pair(client, terminal: "t1")
            let t2 = try await hub.pair(client, terminal: "t2")

            // When t1's edit made at +2 min arrives after t2's edit made at +1 min
            try await edit(client, token: t2, seq: 1, hlc: hub.clock.hlc(plusMinutes: 1), ["phone": .string("from t2")])
            try await edit(client, token: t1, seq: 1, hlc: hub.clock.hlc(plusMinutes: 2), ["phone": .string("from t1")])
            #expect(try await published()["phone"] == .string("from t1"))

            // And an older edit arriving last loses, but its terminal is still told the merged record
            try await edit(client, token: t2, seq: 2, hlc: hub.clock.hlc(), ["phone": .string("stale")])
            let changes = try await hub.feed().filter { $0.entity == .customer }
            #expect(changes.count == 3)
            #expect(try await published()["phone"] == .string("from t1"))
        }
    }

    @Test func aTieIsBrokenByTerminalID() async throws {
        try await hub.withClient { client in
            let t1 = try await hub.pair(client, terminal: "t1")
            let t2 = try await hub.pair(client, terminal: "t2")
            let instant = hub.clock.hlc()
            try await edit(client, token: t2, seq: 1, hlc: instant, ["phone": .string("from t2")])
            try await edit(client, token: t1, seq: 1, hlc: instant, ["phone": .string("from t1")])
            #expect(try await published()["phone"] == .string("from t2"))
        }
    }

    @Test func aClockADayAheadDoesNotBeatALaterRealEdit() async throws {
        try await hub.withClient { client in
            let fast = try await hub.pair(client, terminal: "fast")
            let right = try await hub.pair(client, terminal: "right")

            // Given a terminal whose clock runs a day ahead edits the phone now
            try await edit(client, token: fast, seq: 1, hlc: hub.clock.hlc(plusMinutes: 24 * 60), ["phone": .string("fast")])

            // When a terminal with a right clock edits it ten minutes later
            hub.clock.advance(minutes: 10)
            try await edit(client, token: right, seq: 1, hlc: hub.clock.hlc(), ["phone": .string("right")])

            // Then the real later edit wins: the fast edit counted as made at most 5 minutes ahead
            #expect(try await published()["phone"] == .string("right"))

            // And the manager sees the fast clock
            let clocks = try await hub.storage.report(store: "s1").clocksAhead
            #expect(clocks.map(\.terminalID) == ["fast"])
            #expect(clocks.first?.aheadMillis == Int64(24 * 60 * 60 * 1000))
        }
    }
}
