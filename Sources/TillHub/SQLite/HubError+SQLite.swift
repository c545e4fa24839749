import GRDB

extension HubError {
    /// Turns whatever a transaction threw into a hub error: a refusal thrown inside it comes out
    /// unchanged, a lock held too long becomes 503 so the terminal retries, anything else names the
    /// database file for whoever looks after the hub.
    static func from(_ error: any Error, path: String) -> HubError {
        if let hubError = error as? HubError {
            return hubError
        }
        guard let databaseError = error as? DatabaseError else {
            return .storage("the hub's database \(path) failed: \(error)")
        }
        switch databaseError.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .unavailable("the hub's database \(path) is busy: try again shortly")
        case .SQLITE_FULL:
            return .storage("the disk holding the hub's database \(path) is full: free some space")
        default:
            return .storage("the hub's database \(path) failed: \(databaseError.message ?? "SQLite error \(databaseError.resultCode)")")
        }
    }
}
