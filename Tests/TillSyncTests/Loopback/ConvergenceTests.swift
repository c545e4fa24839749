import Foundation
import HubProcess
import Testing
import TillCore
import TillStore
import TillSync

/// Three lanes of one store selling offline while the catalog changes on the hub, then coming back
/// in a random order: afterwards they and the hub agree on everything, and every sale is on the hub once.
@Suite(.serialized) struct ConvergenceTests {
    @Test(arguments: [7, 42] as [UInt64])
    func threeLanesSellingOfflineAgreeOnceBackOnline(seed: UInt64) async throws {
        var random = SplitMix64(state: seed)
        // Given three lanes paired with the hub, the catalog published and pulled by all
        let hub = try HubProcess()
        let lanes = try ["T1", "T2", "T3"].map { try Lane($0, withCatalog: false) }
        for lane in lanes { try await lane.pair(with: hub) }
        try hub.importCatalog(Lane.catalogCSV(), store: "S")
        for lane in lanes { try await lane.syncFully() }

        // When each sells offline (random baskets, some to loyalty customers), edits customers, and the
        // hub raises the coffee price meanwhile
        var sold: [String: Int64] = [:]
        var points: [String: Int64] = [:]
        var sales = 0
        for (index, lane) in lanes.enumerated() {
            for sale in 0..<Int.random(in: 20...40, using: &random) {
                let items = Lane.products.compactMap { product -> (String, Int64)? in
                    let count = Int64.random(in: 0...3, using: &random)
                    return count == 0 ? nil : (product.id.rawValue, count)
                }
                guard !items.isEmpty else { continue }
                let customer = Bool.random(using: &random) ? "c-\(Int.random(in: 1...4, using: &random))" : nil
                let earned: Int64 = customer == nil ? 0 : Int64.random(in: 1...20, using: &random)
                try lane.sell(items, id: "\(lane.id)-\(sale)", customer: customer, points: earned)
                for (product, count) in items { sold[product, default: 0] += count }
                if let customer { points[customer, default: 0] += earned }
                sales += 1
            }
            let time = Date(timeIntervalSince1970: 1_800_000_000 + Double(index))
            try lane.database.saveCustomer(try Customer(id: "c-1", name: "Lea", phone: index == 0 ? "+41790000001" : nil,
                                                        email: index == 1 ? "lea@example.ch" : nil), at: time)
        }
        try hub.importCatalog(Lane.catalogCSV(coffeePrice: "4.80"), store: "S")

        // And they come back in a random order, each syncing twice over (as their timers would)
        for lane in lanes.shuffled(using: &random) { try await lane.syncFully() }
        for lane in lanes.shuffled(using: &random) { try await lane.syncFully() }

        // Then every lane has the new price, the same stock and points, which add up to what was sold
        let expectedStock = Lane.products.compactMap { product in
            sold[product.id.rawValue].map { HubStockLevel(productID: product.id.rawValue, locationID: "floor", quantity: -$0 * 1_000) }
        }
        for lane in lanes {
            #expect(try lane.database.product(sku: "coffee")?.price == 480)
            #expect(try lane.database.hubStockLevels() == expectedStock)
            #expect(try lane.database.hubLoyaltyBalances() == points)
            #expect(try lane.database.outboxBacklog().count == 0)
        }
        // And the customer edited on several lanes is the same everywhere
        let leas = try lanes.map { try lane(customer: "c-1", in: $0) }
        #expect(Set(leas).count == 1)
        // And the hub holds every sale exactly once
        #expect(try hub.eventCount(kind: "sale") == sales)
    }

    private func lane(customer id: String, in lane: Lane) throws -> Customer? {
        try lane.database.customer(id: id)
    }
}
