import Hummingbird
import HummingbirdTesting
import Testing
import TillHub
import TillWire

@Suite struct AuthenticationTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    @Test(arguments: ["/v1/pull", "/v1/push"])
    func aRequestWithoutTokenIsUnauthorized(uri: String) async throws {
        try await hub.withClient { client in
            let response = try await client.send(uri == "/v1/push" ? .post : .get, uri, body: "{}")
            #expect(response.status == .unauthorized)
            #expect(response.errorMessage?.hasPrefix("send Authorization: Bearer TOKEN") == true)
        }
    }

    @Test func anUnknownTokenIsUnauthorized() async throws {
        try await hub.withClient { client in
            _ = try await hub.pair(client, terminal: "t1")
            let response = try await client.send(.get, "/v1/pull", token: "not-a-token")
            #expect(response.status == .unauthorized)
            #expect(response.errorMessage?.contains("not known to the hub") == true)
        }
    }

    @Test func aBasicAuthorizationIsUnauthorized() async throws {
        try await hub.withClient { client in
            let response = try await client.execute(uri: "/v1/pull", method: .get, headers: [.authorization: "Basic dDE6c2VjcmV0"])
            #expect(response.status == .unauthorized)
        }
    }

    @Test func aRevokedTerminalIsForbidden() async throws {
        try await hub.withClient { client in
            // Given a paired terminal that pulls fine
            let token = try await hub.pair(client, terminal: "t1")
            #expect(try await client.send(.get, "/v1/pull", token: token).status == .ok)

            // When the manager revokes it
            try await hub.storage.revoke(store: "s1", terminal: "t1", now: hub.clock.now)

            // Then its pushes and pulls are forbidden, saying what to do
            let pull = try await client.send(.get, "/v1/pull", token: token)
            #expect(pull.status == .forbidden)
            #expect(pull.errorMessage == "terminal t1 of store s1 was revoked: pair it again")
            #expect(try await client.push([Wire.shiftOpen(1, id: "e1")], token: token).status == .forbidden)
            #expect(try await hub.count("SELECT COUNT(*) FROM event_log") == 0)
        }
    }

    @Test func revokingAnUnknownTerminalIsNotFound() async throws {
        await #expect(throws: HubError.notFound("store s1 has no paired terminal t9")) {
            try await hub.storage.revoke(store: "s1", terminal: "t9", now: hub.clock.now)
        }
    }

    @Test func pairingAgainRetiresTheEarlierToken() async throws {
        try await hub.withClient { client in
            // Given t1 paired twice (a reinstall)
            let first = try await hub.pair(client, terminal: "t1")
            let second = try await hub.pair(client, terminal: "t1")

            // Then only the newer token works
            #expect(try await client.send(.get, "/v1/pull", token: first).status == .forbidden)
            #expect(try await client.send(.get, "/v1/pull", token: second).status == .ok)
        }
    }
}
