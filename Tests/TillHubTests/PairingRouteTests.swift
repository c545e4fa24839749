import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
import TillHub
import TillWire

@Suite struct PairingRouteTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    private func request(_ code: String, terminal: String = "t1", currency: String = "CHF",
                         taxClasses: [WireTaxClass] = Wire.taxClasses) -> PairRequest {
        PairRequest(code: code, terminalID: terminal, currency: currency, taxClasses: taxClasses)
    }

    @Test func aGoodCodePairsTheTerminalAndCreatesTheStore() async throws {
        // Given a code made for terminal t1 of store s1
        let code = try await hub.config.issuePairingCode(store: "s1", terminal: "t1")
        #expect(code.code.count == 8)
        #expect(code.expiresAt == hub.clock.now.addingTimeInterval(15 * 60))
        try await hub.withClient { client in
            // When t1 pairs with it, typed in lower case with a hyphen
            let spoken = code.code.prefix(4).lowercased() + "-" + code.code.dropFirst(4).lowercased()
            let response = try await client.send(.post, "/v1/pair", json: request(spoken))

            // Then the hub answers the terminal's identity and a token, and knows the store's pricing
            #expect(response.status == .ok)
            let paired = try response.decode(PairResponse.self)
            #expect(paired.storeID == "s1")
            #expect(paired.terminalID == "t1")
            #expect(paired.token.count == 43)
            let catalog = try await hub.storage.catalog(store: "s1")
            #expect(catalog.currency == "CHF")
            #expect(catalog.taxClasses == Wire.taxClasses.sorted { $0.code < $1.code })
            // And only the token's hash is stored
            #expect(try await hub.count("SELECT COUNT(*) FROM terminal WHERE token_hash = ?", [paired.token]) == 0)
            #expect(try await hub.count("SELECT COUNT(*) FROM terminal WHERE epoch = 1") == 1)
        }
    }

    @Test func aCodeWorksOnce() async throws {
        let code = try await hub.config.issuePairingCode(store: "s1", terminal: "t1")
        try await hub.withClient { client in
            // Given a code already used
            #expect(try await client.send(.post, "/v1/pair", json: request(code.code)).status == .ok)

            // When it is used again
            let again = try await client.send(.post, "/v1/pair", json: request(code.code))

            // Then it is gone, and the message says how to get another
            #expect(again.status == .gone)
            #expect(again.errorMessage?.contains("was already used") == true)
            #expect(again.errorMessage?.contains("till-hub pair --store s1 --terminal t1") == true)
        }
    }

    @Test func aCodeExpires() async throws {
        // Given a code issued 16 minutes ago
        let code = try await hub.config.issuePairingCode(store: "s1", terminal: "t1")
        hub.clock.advance(minutes: 16)
        try await hub.withClient { client in
            // When the terminal pairs with it
            let response = try await client.send(.post, "/v1/pair", json: request(code.code))

            // Then it is refused as expired, and no store was created
            #expect(response.status == .gone)
            #expect(response.errorMessage?.contains("expired at 2026-03-02T09:15:00.000Z") == true)
            #expect(try await hub.count("SELECT COUNT(*) FROM store") == 0)
        }
    }

    @Test func anUnknownCodeIsNotFound() async throws {
        try await hub.withClient { client in
            let response = try await client.send(.post, "/v1/pair", json: request("ABCDEFGH"))
            #expect(response.status == .notFound)
            #expect(response.errorMessage?.contains("is not known to this hub") == true)
        }
    }

    @Test func aCodeMadeForAnotherTerminalIsAConflictAndStaysUsable() async throws {
        let code = try await hub.config.issuePairingCode(store: "s1", terminal: "t1")
        try await hub.withClient { client in
            // When terminal t2 tries t1's code
            let response = try await client.send(.post, "/v1/pair", json: request(code.code, terminal: "t2"))

            // Then it is refused, naming both terminals, and t1 can still use the code
            #expect(response.status == .conflict)
            #expect(response.errorMessage?.hasPrefix("pairing code \(code.code) was made for terminal t1, not t2") == true)
            #expect(try await client.send(.post, "/v1/pair", json: request(code.code)).status == .ok)
        }
    }

    @Test func aLaterTerminalMustPriceLikeTheStore() async throws {
        try await hub.withClient { client in
            // Given store s1 paired with standard 8.1 % and reduced 2.6 %
            _ = try await hub.pair(client, terminal: "t1")
            let code = try await hub.config.issuePairingCode(store: "s1", terminal: "t2")

            // When t2 comes with reduced at 2.5 %, no standard class and an extra class
            let classes = [WireTaxClass(code: "reduced", name: "Reduced", rateMillionths: 25_000),
                           WireTaxClass(code: "city", name: "City", rateMillionths: 45_000)]
            let response = try await client.send(.post, "/v1/pair", json: request(code.code, terminal: "t2", taxClasses: classes))

            // Then it is refused with every difference named, and the code is not spent
            #expect(response.status == .conflict)
            #expect(response.errorMessage == "terminal t2 does not price like store s1: its tax class reduced is 2.5%, the store's is 2.6%; "
                + "it has no tax class standard; its tax class city is not one of the store's. "
                + "Correct its till.toml, or pair it with another store")
            #expect(try await client.send(.post, "/v1/pair", json: request(code.code, terminal: "t2")).status == .ok)
        }
    }

    @Test func aLaterTerminalMustUseTheStoresCurrency() async throws {
        try await hub.withClient { client in
            _ = try await hub.pair(client, terminal: "t1")
            let code = try await hub.config.issuePairingCode(store: "s1", terminal: "t2")
            let response = try await client.send(.post, "/v1/pair", json: request(code.code, terminal: "t2", currency: "EUR"))
            #expect(response.status == .conflict)
            #expect(response.errorMessage?.contains("its currency is EUR, the store's is CHF") == true)
        }
    }

    @Test func anotherProtocolVersionIsRefused() async throws {
        let code = try await hub.config.issuePairingCode(store: "s1", terminal: "t1")
        try await hub.withClient { client in
            let old = PairRequest(version: 2, code: code.code, terminalID: "t1", currency: "CHF", taxClasses: Wire.taxClasses)
            let response = try await client.send(.post, "/v1/pair", json: old)
            #expect(response.status == .badRequest)
            #expect(response.errorMessage?.hasPrefix("this hub speaks sync protocol version 1 but the request is version 2") == true)
        }
    }

    @Test func codesUseOnlyCharactersThatCannotBeMisread() async throws {
        for _ in 0..<50 {
            let code = try await hub.config.issuePairingCode(store: "s1", terminal: "t1").code
            #expect(code.allSatisfy { "23456789ABCDEFGHJKMNPQRSTUVWXYZ".contains($0) })
        }
    }
}
