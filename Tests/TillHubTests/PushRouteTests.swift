import Hummingbird
import HummingbirdTesting
import Testing
import TillHub
import TillWire

@Suite struct PushRouteTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    private func batch() throws -> [WireEvent] {
        [
            Wire.shiftOpen(1, id: "e1"),
            try Wire.sale(2, id: "e2", stock: [StockDelta(product: "p1", location: "shop", quantity: -2000)]),
            try Wire.sale(3, id: "e3", stock: [StockDelta(product: "p1", location: "shop", quantity: -1000)],
                          loyalty: [LoyaltyDelta(customer: "c1", points: 12)]),
        ]
    }

    @Test func aBatchDeliveredTwiceIsAppliedOnce() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")

            // Given a batch pushed and acknowledged
            let first = try await client.push(try batch(), token: token)
            #expect(first.status == .ok)
            let ack = try first.decode(PushResponse.self)
            #expect(ack.ackedThrough == 3)
            #expect(ack.rejected.isEmpty)
            #expect(ack.expectedSeq == nil)
            #expect(ack.hubHLC >= hub.clock.hlc())

            // When the same batch arrives again (the first answer was lost)
            let second = try await client.push(try batch(), token: token)

            // Then it is acknowledged, and nothing is logged or applied twice
            let again = try second.decode(PushResponse.self)
            #expect(again.ackedThrough == 3)
            #expect(again.hubHLC > ack.hubHLC)
            #expect(try await hub.count("SELECT COUNT(*) FROM event_log") == 3)
            #expect(try await hub.count("SELECT quantity FROM stock_level WHERE product_id = 'p1'") == -3000)
            #expect(try await hub.count("SELECT points FROM loyalty_balance WHERE customer_id = 'c1'") == 12)
            #expect(try await hub.feed().count == 2)
        }
    }

    @Test func aBatchOverlappingTheCursorAppliesOnlyWhatIsNew() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            _ = try await client.push(Array(try batch().prefix(2)), token: token)

            // When the terminal resends from seq 1 with one more event
            let response = try await client.push(try batch(), token: token)

            // Then only seq 3 is applied
            #expect(try response.decode(PushResponse.self).ackedThrough == 3)
            #expect(try await hub.count("SELECT quantity FROM stock_level WHERE product_id = 'p1'") == -3000)
        }
    }

    @Test func aGapIsRefusedWithTheSequenceExpected() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            _ = try await client.push([Wire.shiftOpen(1, id: "e1")], token: token)

            // When the terminal skips seq 3
            let events = [Wire.shiftOpen(2, id: "e2"), Wire.shiftOpen(4, id: "e4"), Wire.shiftOpen(5, id: "e5")]
            let response = try await client.push(events, token: token)

            // Then what came before the gap is applied, nothing after it, and the hub asks for seq 3
            let ack = try response.decode(PushResponse.self)
            #expect(ack.ackedThrough == 2)
            #expect(ack.expectedSeq == 3)
            #expect(try await hub.count("SELECT COUNT(*) FROM event_log") == 2)
            #expect(try await hub.count("SELECT last_seq FROM terminal") == 2)
        }
    }

    @Test func eventsTheHubCannotApplyAreAcknowledgedAsRejectedAndReported() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")

            // Given events of an unknown kind, with a non-object payload, unreadable effects and a customer edit without id
            let events = [
                Wire.event(1, id: "e1", kind: "gift-card", payload: "{}"),
                Wire.event(2, id: "e2", kind: "sale", payload: "[1, 2]"),
                Wire.event(3, id: "e3", kind: "refund", payload: #"{"effects":{"stock":[{"product":"p1"}],"loyalty":[]}}"#),
                Wire.event(4, id: "e4", kind: "customer", payload: #"{"customer":{"name":"Lea"},"changed":["name"]}"#),
                Wire.event(5, id: "e5", kind: "customer", payload: #"{"customer":{"id":"c1"}}"#),
                Wire.shiftOpen(6, id: "e6"),
            ]

            // When they are pushed
            let ack = try await client.push(events, token: token).decode(PushResponse.self)

            // Then all are acknowledged and the bad ones come back with why
            #expect(ack.ackedThrough == 6)
            #expect(ack.rejected == [
                Rejection(seq: 1, id: "e1", reason: "kind \"gift-card\" is unknown to this hub (is the terminal newer?): kept here, not applied"),
                Rejection(seq: 2, id: "e2", reason: "the payload is not a JSON object"),
                Rejection(seq: 3, id: "e3", reason: "its effects cannot be read: effects.stock[0].location is missing"),
                Rejection(seq: 4, id: "e4", reason: "the customer edit has no id"),
                Rejection(seq: 5, id: "e5", reason: "the customer edit cannot be read: changed is missing"),
            ])

            // And the manager's report lists them
            let report = try await hub.storage.report(store: "s1")
            #expect(report.rejectedEvents.map(\.seq) == [1, 2, 3, 4, 5])
            #expect(report.rejectedEvents.first?.kind == "gift-card")
            #expect(report.rejectedEvents.allSatisfy { $0.terminalID == "t1" && $0.epoch == 1 })
            #expect(report.rejectedEvents[2].reason == "its effects cannot be read: effects.stock[0].location is missing")
            #expect(try await hub.count("SELECT COUNT(*) FROM event_log WHERE status = 'applied'") == 1)
        }
    }

    @Test func aMovementNoSaleCouldMakeIsRejectedSoLedgersNeverOverflow() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            let huge = try Wire.sale(1, id: "e1", stock: [StockDelta(product: "p1", location: "shop", quantity: .max)])
            let ack = try await client.push([huge, huge.withSeq(2, id: "e2")], token: token).decode(PushResponse.self)
            #expect(ack.ackedThrough == 2)
            #expect(ack.rejected.map(\.reason) == Array(repeating:
                "it moves 9223372036854775807 thousandths of product p1, beyond what one event may move", count: 2))
            #expect(try await hub.count("SELECT COUNT(*) FROM stock_level") == 0)
        }
    }

    @Test func aBodyOverFourMebibytesIsTooLarge() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            let padding = String(repeating: "x", count: 4 * 1024 * 1024)
            let response = try await client.send(.post, "/v1/push", token: token,
                                                 body: #"{"version":1,"events":[],"padding":""# + padding + #""}"#)
            #expect(response.status == .contentTooLarge)
            #expect(response.errorMessage?.contains("4 MiB") == true)
        }
    }

    @Test func moreEventsThanAPushMayCarryAreTooLarge() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            let events = (1...Int64(PushRequest.maximumEvents + 1)).map { Wire.shiftOpen($0, id: "e\($0)") }
            let response = try await client.push(events, token: token)
            #expect(response.status == .contentTooLarge)
            #expect(response.errorMessage?.contains("at most 500") == true)
            #expect(try await hub.count("SELECT COUNT(*) FROM event_log") == 0)
        }
    }

    @Test(arguments: [
        ("{\"version\":1,\"events\":[", "the body is not a push: it is not valid JSON"),
        ("{\"version\":1}", "the body is not a push: events is missing"),
        ("{\"version\":1,\"events\":[{\"seq\":\"one\"}]}", "the body is not a push: events[0].seq is not a number"),
        ("[]", "the body is not a push: the top level is not an object"),
    ])
    func malformedJSONIsABadRequestSayingWhatIsWrong(body: String, message: String) async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            let response = try await client.send(.post, "/v1/push", token: token, body: body)
            #expect(response.status == .badRequest)
            #expect(response.errorMessage == message)
        }
    }

    @Test func anotherProtocolVersionIsABadRequest() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            let response = try await client.send(.post, "/v1/push", token: token,
                                                 json: PushRequest(version: 0, events: [Wire.shiftOpen(1, id: "e1")]))
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.contains("sync protocol version 1 but the request is version 0") == true)
            #expect(try await hub.count("SELECT COUNT(*) FROM event_log") == 0)
        }
    }

    @Test func eventsOutOfOrderAreABadRequest() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            let response = try await client.push([Wire.shiftOpen(2, id: "e2"), Wire.shiftOpen(1, id: "e1")], token: token)
            #expect(response.status == .badRequest)
            #expect(response.errorMessage == "events must come in strictly ascending seq, but seq 1 follows 2")
        }
    }
}
