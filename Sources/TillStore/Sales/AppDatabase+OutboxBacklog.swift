import GRDB

/// How far the hub is behind this terminal: what the status bar shows as "n unsynced (age)".
public struct OutboxBacklog: Hashable, Sendable {
    /// Events the hub has not acknowledged.
    public let count: Int
    /// When the oldest of them was written (ISO 8601), nil when there is none.
    public let oldestCreatedAt: String?
}

extension AppDatabase {
    /// Counts the unacknowledged outbox events and finds the oldest one's time.
    public func outboxBacklog() throws(StoreError) -> OutboxBacklog {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT count(*) AS n, min(created_at) AS oldest FROM outbox WHERE acknowledged_at IS NULL")
            return OutboxBacklog(count: row?["n"] ?? 0, oldestCreatedAt: row?["oldest"])
        }
    }
}
