import GRDB
import TillWire

extension SQLitePush {
    /// Refuses a check save made over a revision other than the one the hub holds, or over a closed check.
    ///
    /// The hub's revision goes back into the feed, so the refused lane pulls it and rebases its change
    /// on it. A check the hub never saw is taken as it is; an event the hub already logged (a terminal
    /// paired again sends its history) is left to the duplicate check.
    mutating func checkRevision(of save: CheckSave, eventID: String) throws {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT revision, closed, terminal_id, save FROM restaurant_check WHERE store_id = ? AND check_id = ?
            """, arguments: [terminal.storeID, save.id]) else { return }
        let held: String = row["revision"]
        let closed: Bool = row["closed"]
        guard save.revision != held, closed || save.base != held else { return }
        guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM event_log WHERE store_id = ? AND event_id = ?)",
                                 arguments: [terminal.storeID, eventID])! else { return }
        changes.set(.check, key: save.id, data: row["save"])
        let lane: String = row["terminal_id"]
        // The held save was read when it was taken; should it not read now, it counts as unpaid.
        let heldPaid = (try? WireJSON.decode(CheckSave.self, from: row["save"] as String))?.paid ?? false
        throw EventRejection(Self.reason(for: save, heldPaid: heldPaid, closed: closed, lane: lane))
    }

    /// Why a check save was refused, in a manager's words; a check paid on two lanes says so.
    private static func reason(for save: CheckSave, heldPaid: Bool, closed: Bool, lane: String) -> String {
        if closed, heldPaid, save.paid {
            return "check \(save.id) was paid on terminal \(lane) and again on this one: compare the two sales and refund one"
        }
        if closed {
            return "check \(save.id) was closed on terminal \(lane) before this change came; the change's new items go on a new check"
        }
        if save.paid {
            return "check \(save.id) was changed on terminal \(lane) while this lane took payment: what it added stays open on the check; "
                + "if it was being paid there too, compare the two sales"
        }
        return "check \(save.id) was changed on terminal \(lane) first; this change is added to that version"
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
