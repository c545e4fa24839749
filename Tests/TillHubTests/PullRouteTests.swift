import Hummingbird
import HummingbirdTesting
import Testing
import TillHub
import TillWire

@Suite struct PullRouteTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    /// Publishes five products, so the feed holds changes 1 to 5.
    private func publishFive() async throws {
        let products = (1...5).map { CatalogRecord(key: "p\($0)", data: #"{"id":"p\#($0)"}"#) }
        _ = try await hub.storage.publishCatalog(store: "s1", categories: [], products: products)
    }

    @Test func theFeedIsPagedByCursor() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            try await publishFive()

            // When the terminal pulls two at a time
            let first = try await client.send(.get, "/v1/pull?after=0&limit=2", token: token).decode(PullResponse.self)
            let second = try await client.send(.get, "/v1/pull?after=\(first.cursor)&limit=2", token: token).decode(PullResponse.self)
            let third = try await client.send(.get, "/v1/pull?after=\(second.cursor)&limit=2", token: token).decode(PullResponse.self)
            let empty = try await client.send(.get, "/v1/pull?after=\(third.cursor)&limit=2", token: token).decode(PullResponse.self)

            // Then it gets every change once, in order, told when more wait
            #expect(first.changes.map(\.key) == ["p1", "p2"])
            #expect((first.cursor, first.more, first.reset) == (2, true, false))
            #expect(second.changes.map(\.id) == [3, 4])
            #expect((second.cursor, second.more) == (4, true))
            #expect(third.changes.map(\.id) == [5])
            #expect((third.cursor, third.more) == (5, false))
            #expect(empty.changes.isEmpty)
            #expect((empty.cursor, empty.more, empty.reset) == (5, false, false))
            #expect(empty.hubHLC > first.hubHLC)
        }
    }

    @Test func aPullWithoutParametersStartsAtTheBeginning() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            try await publishFive()
            let page = try await client.send(.get, "/v1/pull", token: token).decode(PullResponse.self)
            #expect(page.changes.count == 5)
            #expect(page.cursor == 5)
        }
    }

    @Test func aCursorPastTheFeedStartsOverWithReset() async throws {
        try await hub.withClient { client in
            // Given a terminal whose cursor is 40, from a hub since restored from a backup holding 5 changes
            let token = try await hub.pair(client, terminal: "t1")
            try await publishFive()

            // When it pulls after 40
            let page = try await client.send(.get, "/v1/pull?after=40&limit=3", token: token).decode(PullResponse.self)

            // Then the feed starts again from its beginning, flagged as a reset
            #expect(page.reset)
            #expect(page.changes.map(\.id) == [1, 2, 3])
            #expect((page.cursor, page.more) == (3, true))
        }
    }

    @Test func aPullOnlySeesItsOwnStore() async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, store: "s2", terminal: "t1")
            _ = try await hub.pair(client, store: "s1", terminal: "t9")
            try await publishFive()
            let page = try await client.send(.get, "/v1/pull", token: token).decode(PullResponse.self)
            #expect(page.changes.isEmpty)
            #expect(page.cursor == 0)
        }
    }

    @Test(arguments: [
        ("after=-1", "after=-1 is negative: pass the cursor of the last pull, or 0"),
        ("after=abc", "after=abc is not a whole number"),
        ("limit=0", "limit=0 asks for no changes: pass 1 or more"),
    ])
    func badParametersAreABadRequest(query: String, message: String) async throws {
        try await hub.withClient { client in
            let token = try await hub.pair(client, terminal: "t1")
            let response = try await client.send(.get, "/v1/pull?\(query)", token: token)
            #expect(response.status == .badRequest)
            #expect(response.errorMessage == message)
        }
    }
}
