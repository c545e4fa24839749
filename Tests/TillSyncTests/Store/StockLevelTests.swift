import Foundation
import Testing
import TillCore
import TillStore
import TillWire

/// What level a paired terminal shows: the hub's sum of every lane plus its own movements the hub
/// has not acknowledged yet, never one counted twice.
@Suite struct StockLevelTests {
    let lane: Lane
    let noon = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        lane = try Lane("T2")
        try lane.database.savePairing(hubURL: "http://hub.test", storeID: "S", token: "t", at: noon)
    }

    func hubSays(coffee thousandths: Int64, change id: Int64) throws {
        let level = Change(id: id, entity: .stock, key: "coffee", data: try WireJSON.encode(StockLevel(location: "floor", quantity: thousandths)))
        try lane.database.applyPull(PullResponse(changes: [level], cursor: id, more: false, hubHLC: 0), at: noon)
    }

    @Test func ownMovementsCountUntilTheHubHasThemAndThenOnlyThroughIt() throws {
        // Given the hub says the store has 10 coffees (another lane received them)
        try hubSays(coffee: 10_000, change: 1)
        #expect(try lane.database.stockLevel(productID: "coffee") == .each(10))

        // When this lane sells 2 offline
        try lane.sell([("coffee", 2)], id: "s-1")

        // Then it shows 8 at once: the hub's 10 and its own sale the hub has not had
        #expect(try lane.database.stockLevel(productID: "coffee") == .each(8))

        // When the hub acknowledges the sale and, pulling, reports the store's new level
        try lane.database.acknowledge(PushResponse(ackedThrough: 1, hubHLC: 0), at: noon)
        try hubSays(coffee: 8_000, change: 2)

        // Then the sale is counted once, through the hub
        #expect(try lane.database.stockLevel(productID: "coffee") == .each(8))
        #expect(try lane.database.stockLevels().map(\.quantity) == [.each(8)])
    }

    @Test func aMovementTheHubRefusedDropsOutOfTheLevel() throws {
        try hubSays(coffee: 10_000, change: 1)
        try lane.sell([("coffee", 1)], id: "s-1")
        try lane.database.acknowledge(PushResponse(ackedThrough: 1, rejected: [Rejection(seq: 1, id: "s-1", reason: "bad")], hubHLC: 0),
                                      at: noon)
        #expect(try lane.database.stockLevel(productID: "coffee") == .each(10))
    }
}
