import GRDB
import TillWire

extension SQLiteHubStorage {
    public func pull(store: String, after cursor: Int64, limit: Int) async throws(HubError) -> FeedPage {
        try await read { db in
            let position = try Int64.fetchOne(db, sql: "SELECT feed_position FROM store WHERE store_id = ?", arguments: [store]) ?? 0
            // A cursor past the feed's end was handed out by a hub since restored from a backup.
            let reset = cursor > position
            let start = reset ? 0 : cursor
            let rows = try Row.fetchAll(db, sql: """
                SELECT change_id, entity, key, data FROM change_log
                WHERE store_id = ? AND change_id > ? ORDER BY change_id LIMIT ?
                """, arguments: [store, start, limit + 1])
            let changes = try rows.prefix(limit).map { row in
                guard let entity = ChangeEntity(rawValue: row["entity"]) else {
                    throw HubError.storage("change \(row["change_id"] as Int64) of store \(store) has unknown entity \(row["entity"] as String)")
                }
                return Change(id: row["change_id"], entity: entity, key: row["key"], data: row["data"])
            }
            return FeedPage(changes: changes, cursor: changes.last?.id ?? start, more: rows.count > limit, reset: reset)
        }
    }

    /// Appends a transaction's changes to its store's feed, taking their ids from the store row so
    /// ids follow commit order (sync.md 2.5, option b).
    static func appendChanges(_ changes: PendingChanges, store: String, _ db: Database) throws {
        guard !changes.entries.isEmpty else { return }
        let count = Int64(changes.entries.count)
        guard let last = try Int64.fetchOne(db, sql: """
            UPDATE store SET feed_position = feed_position + ? WHERE store_id = ? RETURNING feed_position
            """, arguments: [count, store])
        else {
            throw HubError.notFound(Self.unknownStore(store))
        }
        let insert = try db.cachedStatement(sql: "INSERT INTO change_log (store_id, change_id, entity, key, data) VALUES (?, ?, ?, ?, ?)")
        for (offset, entry) in changes.entries.enumerated() {
            try insert.execute(arguments: [store, last - count + 1 + Int64(offset), entry.entity.rawValue, entry.key, entry.data])
        }
    }

    /// Why the hub cannot act for a store no terminal was paired with.
    static func unknownStore(_ store: String) -> String {
        "pair a terminal of store \(store) first: the hub learns its currency and tax classes from it"
    }
}
