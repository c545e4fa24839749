import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TillHub

@Suite struct HealthRouteTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    @Test func healthAnswersOkWithTheProtocolVersion() async throws {
        try await hub.withClient { client in
            try await client.execute(uri: "/v1/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let json = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
                let object = try #require(json as? [String: Any])
                #expect(object["status"] as? String == "ok")
                #expect(object["protocol"] as? Int == 1)
                #expect(object.count == 2)
            }
        }
    }

    @Test func unknownRouteIsNotFoundWithAnErrorBody() async throws {
        try await hub.withClient { client in
            let response = try await client.execute(uri: "/v1/nothing-here", method: .get)
            #expect(response.status == .notFound)
            #expect(response.errorMessage == "this hub has no route GET /v1/nothing-here")
        }
    }

    @Test func healthAnswersOnlyGet() async throws {
        try await hub.withClient { client in
            try await client.execute(uri: "/v1/health", method: .post) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
