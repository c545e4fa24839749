import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The hub over HTTP(S) with AsyncHTTPClient, on its shared event loops: nothing here blocks a thread.
public struct HTTPHubTransport: HubTransport {
    /// The hub's address, such as `http://hub.local:8480`, without a trailing slash.
    public let baseURL: String
    /// How long one exchange may take before the hub counts as unreachable; AsyncHTTPClient keeps
    /// retrying a refused connection until then, so it is also how long a hub that is down takes to
    /// be reported.
    public let timeout: Duration

    /// The largest answer read (a full pull page is far smaller).
    static let maximumAnswer = 32 * 1024 * 1024

    public init(baseURL: String, timeout: Duration = .seconds(30)) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.timeout = timeout
    }

    public func send(_ request: HubRequest) async throws(SyncError) -> HubAnswer {
        var outgoing = HTTPClientRequest(url: baseURL + request.path)
        outgoing.method = request.method == .get ? .GET : .POST
        outgoing.headers.add(name: "Accept", value: "application/json")
        if let token = request.token { outgoing.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let body = request.body {
            outgoing.headers.add(name: "Content-Type", value: "application/json")
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        do {
            let response = try await HTTPClient.shared.execute(outgoing, timeout: .nanoseconds(Self.nanoseconds(timeout)))
            let body = try await response.body.collect(upTo: Self.maximumAnswer)
            return HubAnswer(status: Int(response.status.code), retryAfter: response.headers.first(name: "Retry-After"),
                             body: Array(buffer: body))
        } catch {
            throw .unreachable(Self.reason(error))
        }
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    /// A short reason for the status bar: the connection was refused, timed out, was reset.
    private static func reason(_ error: any Error) -> String {
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .connectTimeout: return "no answer in time"
            case .remoteConnectionClosed: return "the connection was closed"
            default: break
            }
        }
        let text = "\(error)"
        if text.localizedCaseInsensitiveContains("refused") { return "connection refused" }
        return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }
}
