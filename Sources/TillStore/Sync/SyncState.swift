public import Foundation

/// Where this terminal stands with its hub: the pairing, both cursors and the last attempt's outcome.
public struct SyncState: Hashable, Sendable {
    public let hubURL: String
    public let storeID: String
    /// The secret sent as `Authorization: Bearer` on every request.
    public let token: String
    public let pairedAt: Date?
    /// Every outbox event up to here is on the hub.
    public let pushedThrough: Int64
    /// The last change of the store's feed applied here.
    public let pullCursor: Int64
    public let lastAttempt: Date?
    public let lastSuccess: Date?
    /// Why the last attempt failed; nil after a success.
    public let lastError: String?
}
