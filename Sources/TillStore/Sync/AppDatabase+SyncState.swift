public import Foundation
import GRDB

extension AppDatabase {
    /// The terminal's pairing and cursors; nil until it is paired with a hub.
    public func syncState() throws(StoreError) -> SyncState? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM sync_state WHERE id = 1").map { row in
                SyncState(hubURL: row["hub_url"], storeID: row["store_id"], token: row["token"],
                          pairedAt: (row["paired_at"] as String?).flatMap(Timestamp.date),
                          pushedThrough: row["pushed_through"], pullCursor: row["pull_cursor"],
                          lastAttempt: (row["last_attempt_at"] as String?).flatMap(Timestamp.date),
                          lastSuccess: (row["last_success_at"] as String?).flatMap(Timestamp.date), lastError: row["last_error"])
            }
        }
    }

    /// Keeps the credentials a hub gave at pairing. Both cursors start again: the hub counts this
    /// pairing's events from 1 (skipping the ones it already has by their ids) and sends its whole
    /// feed, which is applied over what the terminal holds.
    public func savePairing(hubURL: String, storeID: String, token: String, at date: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO sync_state (id, hub_url, store_id, token, paired_at) VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET hub_url = excluded.hub_url, store_id = excluded.store_id, token = excluded.token,
                    paired_at = excluded.paired_at, pushed_through = 0, pull_cursor = 0, last_attempt_at = NULL,
                    last_success_at = NULL, last_error = NULL
                """, arguments: [hubURL, storeID, token, Timestamp.text(date)])
        }
    }

    /// Notes how a sync attempt at `date` ended: nil for a success, else why it failed.
    public func recordSyncAttempt(at date: Date, failure: String?) throws(StoreError) {
        try write { db in
            let time = Timestamp.text(date)
            try db.execute(sql: """
                UPDATE sync_state SET last_attempt_at = ?, last_error = ?,
                    last_success_at = CASE WHEN ? IS NULL THEN ? ELSE last_success_at END
                WHERE id = 1
                """, arguments: [time, failure, failure, time])
        }
    }
}
