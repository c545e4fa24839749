import Foundation
import Testing
import TillCore
import TillStore
import TillWire

/// What a terminal stores in its outbox is what the hub reads: the wire's own types decode it.
@Suite struct OutboxContractTests {
    @Test func aSaleCarriesItsStockAndPointsAsTheHubReadsThem() throws {
        // Given a sale of a coffee and two croissants to customer c-1, earning 12 points
        let lane = try Lane()
        try lane.sell([("coffee", 1), ("croissant", 2)], id: "sale-1", customer: "c-1", points: 12)

        // When it is read for the wire
        let event = try #require(try lane.database.eventsToPush().first)

        // Then it is the sale, under its own id, with the effects the store recorded
        #expect(event.kind == EventKind.sale.rawValue && event.id == "sale-1" && event.seq == 1)
        let effects = try EventEffects.decode(fromPayload: event.payload)
        #expect(effects.stock == [StockDelta(product: "coffee", location: "floor", quantity: -1_000),
                                  StockDelta(product: "croissant", location: "floor", quantity: -2_000)])
        #expect(effects.loyalty == [LoyaltyDelta(customer: "c-1", points: 12, earned: 12)])
        #expect(try lane.database.stockLevel(productID: ProductID("croissant")).thousandths == -2_000)
    }

    @Test func everyEventCarriesAClockReadingThatOnlyGrows() throws {
        // Given three events in the same millisecond and one written with an earlier wall clock
        let lane = try Lane()
        for id in ["a", "b", "c"] { try lane.sell([("coffee", 1)], id: id, at: "2026-11-24T10:00:00.000Z") }
        try lane.sell([("coffee", 1)], id: "d", at: "2026-11-24T09:00:00.000Z")

        // Then their readings grow in sequence order, starting at the wall clock
        let readings = try lane.database.eventsToPush().map(\.hlc)
        #expect(readings == readings.sorted() && Set(readings).count == 4)
        let tenOClock = try #require(Timestamp.date("2026-11-24T10:00:00.000Z"))
        #expect(PackedHLC.millis(readings[0]) == Int64(tenOClock.timeIntervalSince1970 * 1_000))
    }

    @Test func aCustomerSaveNamesTheFieldsItSet() throws {
        // Given a customer saved, then her e-mail changed
        let lane = try Lane()
        let lea = try Customer(id: "c-1", name: "Lea Keller", phone: "+41791234567")
        try lane.database.saveCustomer(lea, at: Date(timeIntervalSince1970: 1_800_000_000))
        try lane.database.saveCustomer(try Customer(id: "c-1", name: "Lea Keller", phone: "+41791234567", email: "lea@example.ch"),
                                       at: Date(timeIntervalSince1970: 1_800_000_060))

        // When the events are read as the hub reads them
        let edits = try lane.database.eventsToPush().map { try WireJSON.decode(CustomerEdit.self, from: $0.payload) }

        // Then the first sets every field and the second only the e-mail
        #expect(edits.map(\.id) == ["c-1", "c-1"])
        #expect(edits[0].changed == ["id", "marketingConsent", "name", "notes", "phone"])
        #expect(edits[1].changed == ["email"])
        #expect(edits[1].customer["email"] == .string("lea@example.ch"))
    }
}
