import GRDB
import TillWire

extension SQLitePush {
    /// Refuses a check save made over a revision other than the one the hub holds (another lane
    /// saved the check first, or closed it), and puts the hub's revision back in the feed, so the
    /// refused lane pulls it and rebases its change on it. A check the hub never saw is taken as it is.
    mutating func checkRevision(of save: CheckSave) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT revision, closed, terminal_id, save FROM restaurant_check WHERE store_id = ? AND check_id = ?
            """, arguments: [terminal.storeID, save.id]) else { return }
        let held: String = row["revision"]
        // A save the hub already holds is a duplicate the event log catches, not a conflict.
        guard save.base != held, save.revision != held else { return }
        changes.set(.check, key: save.id, data: row["save"])
        let lane: String = row["terminal_id"]
        throw EventRejection(row["closed"] as Bool
            ? "check \(save.id) was closed on terminal \(lane) before this change came; the change's new items go on a new check"
            : "check \(save.id) was changed on terminal \(lane) first; this change is added to that version")
    }

    /// Holds `save` as the check's latest revision and passes it to the store's lanes.
    mutating func keep(_ save: CheckSave, payload: String) throws {
        try db.execute(sql: """
            INSERT INTO restaurant_check (store_id, check_id, revision, closed, terminal_id, save) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (store_id, check_id) DO UPDATE SET revision = excluded.revision, closed = excluded.closed,
                terminal_id = excluded.terminal_id, save = excluded.save
            """, arguments: [terminal.storeID, save.id, save.revision, save.closed, terminal.terminalID, payload])
        changes.set(.check, key: save.id, data: payload)
    }
}
