/// Why the hub refused a request or could not serve it, worded for the person who has to act: the
/// terminal's operator, the manager running `till-hub`, or whoever looks after the hub's disk.
///
/// Every case maps to one HTTP status, so a route never chooses a status of its own and a terminal
/// can tell "send it again later" (503) from "this will never work" (4xx).
public enum HubError: Error, Equatable, Sendable {
    /// The request cannot be read: bad JSON, a wrong protocol version, events out of order (400).
    case malformed(String)
    /// No token, or one the hub does not know (401).
    case unauthorized(String)
    /// The terminal's pairing was revoked or replaced by a newer pairing (403).
    case revoked(store: String, terminal: String)
    /// The pairing code, store or terminal named does not exist (404).
    case notFound(String)
    /// The request contradicts what the hub holds: another currency, a code made for another terminal (409).
    case conflict(String)
    /// The pairing code existed but can no longer be used (410).
    case gone(String)
    /// The body or the batch is larger than the hub accepts (413).
    case tooLarge(String)
    /// The database is busy for longer than its timeout; the same request may succeed later (503).
    case unavailable(String)
    /// The hub's storage failed (500).
    case storage(String)

    /// The HTTP status a route answers with.
    public var status: Int {
        switch self {
        case .malformed: 400
        case .unauthorized: 401
        case .revoked: 403
        case .notFound: 404
        case .conflict: 409
        case .gone: 410
        case .tooLarge: 413
        case .storage: 500
        case .unavailable: 503
        }
    }
}

extension HubError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .revoked(let store, let terminal):
            "terminal \(terminal) of store \(store) was revoked: pair it again"
        case .malformed(let message), .unauthorized(let message), .notFound(let message), .conflict(let message),
             .gone(let message), .tooLarge(let message), .unavailable(let message), .storage(let message):
            message
        }
    }
}
