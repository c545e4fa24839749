import Hummingbird
import HummingbirdTesting
import Testing
import TillHub
import TillWire

@Suite struct CatalogPublishTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    @Test func onlyNewOrChangedRecordsReachTheFeed() async throws {
        try await hub.withClient { client in
            _ = try await hub.pair(client, terminal: "t1")

            // Given a catalog published once
            let drinks = CatalogRecord(key: "drinks", data: #"{"id":"drinks","name":"Drinks"}"#)
            let tea = CatalogRecord(key: "tea", data: #"{"id":"tea","price":300}"#)
            let cake = CatalogRecord(key: "cake", data: #"{"id":"cake","price":450}"#)
            let first = try await hub.storage.publishCatalog(store: "s1", categories: [drinks], products: [tea, cake])
            #expect(first.categories.added == 1)
            #expect(first.products.added == 2)
            #expect(try await hub.feed().map(\.key) == ["drinks", "tea", "cake"])

            // When it is published again with one price changed and one product new
            let dearerTea = CatalogRecord(key: "tea", data: #"{"id":"tea","price":320}"#)
            let bun = CatalogRecord(key: "bun", data: #"{"id":"bun","price":200}"#)
            let second = try await hub.storage.publishCatalog(store: "s1", categories: [drinks], products: [dearerTea, cake, bun])

            // Then only those two become changes, after the first three
            #expect(second.categories.unchanged == 1)
            #expect((second.products.added, second.products.changed, second.products.unchanged) == (1, 1, 1))
            let feed = try await hub.feed()
            #expect(feed.map(\.id) == [1, 2, 3, 4, 5])
            #expect(feed.suffix(2) == [Change(id: 4, entity: .product, key: "tea", data: dearerTea.data),
                                       Change(id: 5, entity: .product, key: "bun", data: bun.data)])

            // And the stored catalog is the latest, by key, with the store's pricing
            let catalog = try await hub.storage.catalog(store: "s1")
            #expect(catalog.products == [bun, cake, dearerTea])
            #expect(catalog.categories == [drinks])
            #expect(catalog.currency == "CHF")
        }
    }

    @Test func aStoreWithoutTerminalCannotBePublishedTo() async throws {
        let refusal = HubError.notFound("pair a terminal of store s9 first: the hub learns its currency and tax classes from it")
        await #expect(throws: refusal) {
            try await hub.storage.publishCatalog(store: "s9", categories: [], products: [CatalogRecord(key: "p", data: "{}")])
        }
        await #expect(throws: refusal) { try await hub.storage.catalog(store: "s9") }
    }
}
