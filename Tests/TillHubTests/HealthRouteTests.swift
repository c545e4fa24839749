import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TillHub

@Suite struct HealthRouteTests {
    let config = HubConfiguration(host: "127.0.0.1", port: 0, databasePath: "unused.sqlite")

    @Test func healthAnswersOkWithTheProtocolVersion() async throws {
        let app = try await buildApplication(config)

        try await app.test(.router) { client in
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

    @Test func unknownRouteIsNotFound() async throws {
        let app = try await buildApplication(config)

        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/nothing-here", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func healthAnswersOnlyGet() async throws {
        let app = try await buildApplication(config)

        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/health", method: .post) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
