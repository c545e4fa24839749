public import Foundation
import GRDB

/// How far the hub is behind this terminal: what the status bar shows as "n unsynced (age)".
public struct OutboxBacklog: Hashable, Sendable {
    /// Events the hub has not acknowledged.
    public let count: Int
    /// When the oldest of them was written, nil when there is none.
    public let oldest: Date?
}

extension AppDatabase {
    /// Counts the unacknowledged outbox events and finds the oldest one's time.
    public func outboxBacklog() throws(StoreError) -> OutboxBacklog {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT count(*) AS n, min(created_at) AS oldest FROM outbox WHERE acknowledged_at IS NULL")
            let oldest: String? = row?["oldest"]
            return OutboxBacklog(count: row?["n"] ?? 0, oldest: oldest.flatMap(Timestamp.date))
        }
    }
}
