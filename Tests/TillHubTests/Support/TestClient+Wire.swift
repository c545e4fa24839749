import Foundation
import Hummingbird
import HummingbirdTesting
import TillWire

extension TestClientProtocol {
    /// A request with a JSON body (`WireJSON`) and, for a paired terminal, its bearer token.
    func send(_ method: HTTPRequest.Method, _ uri: String, token: String? = nil, json: some Encodable) async throws -> TestResponse {
        try await send(method, uri, token: token, body: try WireJSON.encode(json))
    }

    /// A request with `body` as it is and, for a paired terminal, its bearer token.
    func send(_ method: HTTPRequest.Method, _ uri: String, token: String? = nil, body: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    func push(_ events: [WireEvent], token: String) async throws -> TestResponse {
        try await send(.post, "/v1/push", token: token, json: PushRequest(events: events))
    }
}

extension TestResponse {
    /// The body as a wire message; fails the test with the body's text when it is not one.
    func decode<Message: Decodable>(_ type: Message.Type) throws -> Message {
        try WireJSON.decode(type, from: String(buffer: body))
    }

    /// The message of an error answer.
    var errorMessage: String? {
        try? decode(WireErrorBody.self).error
    }
}
