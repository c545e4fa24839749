import Foundation
import Testing
import TillCore
import TillStore
import TillWire

/// How a terminal applies a page of its store's change feed.
@Suite struct PullApplyTests {
    let lane: Lane
    let noon = Date(timeIntervalSince1970: 1_800_000_000)

    init() throws {
        lane = try Lane("T2", withCatalog: false)
        try lane.database.savePairing(hubURL: "http://hub.test", storeID: "S", token: "t", at: noon)
    }

    func change(_ id: Int64, _ entity: ChangeEntity, _ key: String, _ value: some Encodable) throws -> Change {
        Change(id: id, entity: entity, key: key, data: try WireJSON.encode(value))
    }

    func page(_ changes: [Change], more: Bool = false) -> PullResponse {
        PullResponse(changes: changes, cursor: changes.last?.id ?? 0, more: more, hubHLC: 0)
    }

    @Test func aPageAndItsCursorAreAppliedTogether() throws {
        // Given a page with the catalog, a stock level, a balance and a customer
        let lea = try Customer(id: "c-1", name: "Lea Keller")
        let changes = try [change(1, .category, "cafe", Lane.cafe)] + Lane.products.enumerated().map {
            try change(Int64($0.offset + 2), .product, $0.element.id.rawValue, $0.element)
        } + [try change(5, .stock, "coffee", StockLevel(location: "floor", quantity: -3_000)),
             try change(6, .loyalty, "c-1", LoyaltyBalance(points: 40)),
             try change(7, .customer, "c-1", lea)]

        // When it is applied
        try lane.database.applyPull(page(changes), at: noon)

        // Then the terminal sells from it and knows where the feed stands
        #expect(try lane.database.product(sku: "croissant")?.price == 190)
        #expect(try lane.database.categories() == [Lane.cafe])
        #expect(try lane.database.hubStockLevels() == [HubStockLevel(productID: "coffee", locationID: "floor", quantity: -3_000)])
        #expect(try lane.database.hubLoyaltyBalances() == ["c-1": 40])
        #expect(try lane.database.customer(matching: "c-1") == nil)
        #expect(try lane.database.syncState()?.pullCursor == 7)
        #expect(try lane.database.eventsToPush().isEmpty, "what the hub sent is not sent back")
    }

    @Test func aChangeThatCannotBeReadLeavesThePageUnapplied() throws {
        // Given a page whose third change is not a product
        let changes = [try change(1, .category, "cafe", Lane.cafe), try change(2, .product, "coffee", Lane.products[0]),
                       Change(id: 3, entity: .product, key: "broken", data: "{\"name\":\"no id\"}")]

        // When it is applied, it is refused saying which change
        #expect { try lane.database.applyPull(page(changes), at: noon) } throws: { "\($0)".contains("Change 3") }

        // Then nothing of it is there, and the cursor has not moved
        #expect(try lane.database.categories().isEmpty)
        #expect(try lane.database.product(sku: "coffee") == nil)
        #expect(try lane.database.syncState()?.pullCursor == 0)
    }

    @Test func aLocalEditWaitingForTheHubIsNotOverwritten() throws {
        // Given Lea edited here, the edit not yet acknowledged by the hub
        let local = try Customer(id: "c-1", name: "Lea K.", phone: "+41791234567")
        try lane.database.saveCustomer(local, at: noon)

        // When the feed brings an older version of her
        try lane.database.applyPull(page([try change(1, .customer, "c-1", try Customer(id: "c-1", name: "Lea Keller"))]), at: noon)

        // Then the local edit stays until the hub has it
        #expect(try lane.database.customer(matching: "+41791234567")?.name == "Lea K.")

        // And once acknowledged, the hub's merged record is taken
        try lane.database.acknowledge(PushResponse(ackedThrough: 1, hubHLC: 0), at: noon)
        let merged = try Customer(id: "c-1", name: "Lea K.", phone: "+41791234567", email: "lea@example.ch")
        try lane.database.applyPull(PullResponse(changes: [try change(2, .customer, "c-1", merged)], cursor: 2, more: false, hubHLC: 0),
                                    at: noon)
        #expect(try lane.database.customer(matching: "+41791234567") == merged)
    }
}
