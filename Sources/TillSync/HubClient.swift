import Foundation
public import TillWire

/// The hub's calls, typed (pair, push, pull, and a voucher's balance), each turning the hub's status codes and error
/// bodies into a `SyncError` a person can act on.
public struct HubClient: Sendable {
    public let transport: any HubTransport
    /// The terminal's token; nil before pairing.
    public let token: String?

    public init(transport: any HubTransport, token: String?) {
        self.transport = transport
        self.token = token
    }

    public func pair(_ request: PairRequest) async throws(SyncError) -> PairResponse {
        try await exchange(.post, "/v1/pair", body: request)
    }

    public func push(_ request: PushRequest) async throws(SyncError) -> PushResponse {
        try await exchange(.post, "/v1/push", body: request)
    }

    public func pull(after cursor: Int64, limit: Int) async throws(SyncError) -> PullResponse {
        try await exchange(.get, "/v1/pull?after=\(cursor)&limit=\(limit)", body: Optional<PushRequest>.none)
    }

    func exchange<Answer: Decodable>(_ method: HubRequest.Method, _ path: String,
                                             body: (some Encodable)?) async throws(SyncError) -> Answer {
        let bytes: [UInt8]?
        do {
            bytes = try body.map { Array(try WireJSON.encode($0).utf8) }
        } catch {
            throw .unreadableAnswer("the request could not be written: \(error)")
        }
        let answer = try await transport.send(HubRequest(method: method, path: path, token: token, body: bytes))
        guard answer.status == 200 else { throw Self.failure(answer) }
        do {
            return try JSONDecoder().decode(Answer.self, from: Data(answer.body))
        } catch {
            throw .unreadableAnswer("\(error)")
        }
    }

    /// The error an answer other than 200 stands for, with the hub's own words when it gave some.
    static func failure(_ answer: HubAnswer) -> SyncError {
        let message = (try? JSONDecoder().decode(WireErrorBody.self, from: Data(answer.body)))?.error
            ?? "HTTP \(answer.status)"
        switch answer.status {
        case 401, 403: return .notAllowed(status: answer.status, message: message)
        case 429, 503: return .busy(retryAfter: answer.retryAfter.flatMap(RetryAfter.init(header:))?.delay(from: Date()), message: message)
        case 500...: return .hubFailed(status: answer.status, message: message)
        default: return .refused(status: answer.status, message: message)
        }
    }
}
