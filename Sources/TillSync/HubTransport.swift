/// One HTTP exchange with the hub, so the sync client can run over the real network or over a
/// wrapper that injects faults (a response lost after the hub committed, a request sent twice).
public protocol HubTransport: Sendable {
    /// Sends a request to `path` (such as `/v1/push`) and returns the hub's answer, whatever its status.
    func send(_ request: HubRequest) async throws(SyncError) -> HubAnswer
}

/// A request to the hub.
public struct HubRequest: Sendable {
    public enum Method: String, Sendable { case get = "GET", post = "POST" }

    public let method: Method
    /// The path and query, such as `/v1/pull?after=10&limit=500`.
    public let path: String
    /// Sent as `Authorization: Bearer TOKEN`; nil for pairing.
    public let token: String?
    /// JSON, for POST.
    public let body: [UInt8]?

    public init(method: Method, path: String, token: String?, body: [UInt8]?) {
        self.method = method
        self.path = path
        self.token = token
        self.body = body
    }
}

/// What the hub answered.
public struct HubAnswer: Sendable {
    public let status: Int
    /// The `Retry-After` header, if any.
    public let retryAfter: String?
    public let body: [UInt8]

    public init(status: Int, retryAfter: String?, body: [UInt8]) {
        self.status = status
        self.retryAfter = retryAfter
        self.body = body
    }
}
