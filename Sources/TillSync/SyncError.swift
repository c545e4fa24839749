public import TillStore

/// Why a sync with the hub did not go through, in words for the status bar and `till sync status`.
public enum SyncError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The terminal has no hub credentials yet.
    case notPaired
    /// The hub could not be reached or did not answer in time; the events wait in the outbox.
    case unreachable(String)
    /// The hub does not know the terminal's token (401), or cut the terminal off (403).
    case notAllowed(status: Int, message: String)
    /// The hub asked the terminal to slow down (429 or 503), for this long if it said.
    case busy(retryAfter: Duration?, message: String)
    /// The hub refused the request as wrong (another 4xx): a bug or a version mismatch.
    case refused(status: Int, message: String)
    /// The hub failed (5xx).
    case hubFailed(status: Int, message: String)
    /// The hub's answer could not be read.
    case unreadableAnswer(String)
    /// The terminal's own store failed.
    case store(StoreError)

    public var description: String {
        switch self {
        case .notPaired:
            "This till is not paired with a hub: run till sync pair --hub URL --code CODE (till-hub pair prints the code)."
        case .unreachable(let reason):
            "The hub cannot be reached (\(reason)); sales are kept and sent when it is back."
        case .notAllowed(_, let message):
            "The hub refused this till: \(message)"
        case .busy(_, let message):
            "The hub is busy (\(message)); trying again shortly."
        case .refused(let status, let message):
            "The hub refused the request (\(status)): \(message)"
        case .hubFailed(let status, let message):
            "The hub failed (\(status)): \(message); trying again shortly."
        case .unreadableAnswer(let reason):
            "The hub's answer cannot be read (\(reason)): check that the hub and this till run the same version."
        case .store(let error):
            "\(error)"
        }
    }

    /// The delay the hub asked for, if any.
    var retryAfter: Duration? {
        if case .busy(let delay, _) = self { return delay }
        return nil
    }
}
