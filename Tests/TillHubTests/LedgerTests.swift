import Hummingbird
import HummingbirdTesting
import Testing
import TillHub
import TillWire

@Suite struct LedgerTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    @Test func aLevelUnderZeroIsReportedOnceWithTheSaleThatTookItUnder() async throws {
        try await hub.withClient { client in
            // Given two sales on an empty shelf
            let t1 = try await hub.pair(client, terminal: "t1")
            _ = try await client.push([
                try Wire.sale(1, id: "a1", stock: [StockDelta(product: "p1", location: "shop", quantity: -1000)]),
                try Wire.sale(2, id: "a2", stock: [StockDelta(product: "p1", location: "shop", quantity: -2000)]),
            ], token: t1)

            // Then the manager sees one line: the level now, and the sale that took it under
            let report = try await hub.storage.report(store: "s1")
            #expect(report.stockExceptions.map { "\($0.eventID) \($0.quantity)" } == ["a1 -3000"])

            // And once stock is received above zero, the line is gone
            _ = try await client.push([try Wire.sale(3, id: "a3", stock: [StockDelta(product: "p1", location: "shop", quantity: 5000)])],
                                      token: t1)
            #expect(try await hub.storage.report(store: "s1").stockExceptions.isEmpty)
        }
    }

    @Test func stockMovementsFromEveryTerminalAreSummedAndALevelBelowZeroIsAnException() async throws {
        try await hub.withClient { client in
            let t1 = try await hub.pair(client, terminal: "t1")
            let t2 = try await hub.pair(client, terminal: "t2")

            // Given 5 received at the shop, then sales of 3 on t1 and 4 on t2
            _ = try await client.push([
                try Wire.sale(1, id: "a1", stock: [StockDelta(product: "p1", location: "shop", quantity: 5000)]),
                try Wire.sale(2, id: "a2", stock: [StockDelta(product: "p1", location: "shop", quantity: -3000),
                                                   StockDelta(product: "p1", location: "back", quantity: -500)]),
            ], token: t1)
            _ = try await client.push([try Wire.sale(1, id: "b1", stock: [StockDelta(product: "p1", location: "shop", quantity: -4000)])],
                                      token: t2)

            // Then each level is the sum of its movements, the sale that overdrew is not refused but reported
            #expect(try await hub.count("SELECT quantity FROM stock_level WHERE location_id = 'shop'") == -2000)
            #expect(try await hub.count("SELECT quantity FROM stock_level WHERE location_id = 'back'") == -500)
            let report = try await hub.storage.report(store: "s1")
            #expect(Set(report.stockExceptions.map { "\($0.eventID) \($0.locationID) \($0.quantity)" }) == ["a2 back -500", "b1 shop -2000"])

            // And terminals learn every level from the feed, one change per level per push
            let stock = try await hub.feed().filter { $0.entity == .stock }
            #expect(stock.map(\.key) == ["p1", "p1", "p1"])
            #expect(try stock.map { try WireJSON.decode(StockLevel.self, from: $0.data) } == [
                StockLevel(location: "shop", quantity: 2000), StockLevel(location: "back", quantity: -500),
                StockLevel(location: "shop", quantity: -2000),
            ])
        }
    }

    @Test func loyaltyPointsAreSummedIntoOneChangePerPush() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")

            // Given a push earning 10 and 7 points, and a refund giving 3 back
            let refund = Wire.event(3, id: "e3", kind: "refund", payload: try WireJSON.encode(
                ["effects": EventEffects(loyalty: [LoyaltyDelta(customer: "c1", points: -3)])]))
            let ack = try await client.push([
                try Wire.sale(1, id: "e1", loyalty: [LoyaltyDelta(customer: "c1", points: 10)]),
                try Wire.sale(2, id: "e2", loyalty: [LoyaltyDelta(customer: "c1", points: 7)]),
                refund,
            ], token: token).decode(PushResponse.self)

            // Then the balance is 14, published once with its final value
            #expect(ack.ackedThrough == 3)
            #expect(try await hub.count("SELECT points FROM loyalty_balance WHERE customer_id = 'c1'") == 14)
            let feed = try await hub.feed()
            #expect(feed == [Change(id: 1, entity: .loyalty, key: "c1", data: #"{"earned":14,"points":14}"#)])
        }
    }
}
