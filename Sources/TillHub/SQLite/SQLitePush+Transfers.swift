import GRDB
import TillWire

extension SQLitePush {
    /// Refuses a transfer the hub cannot relay: one sent to a store it does not know, or received by
    /// a store it was not sent to, or received a second time (two lanes offline); the lane keeps
    /// the refusal for a manager and its movements drop out of the store's levels.
    func checkTransfer(_ event: WireEvent) throws {
        guard let kind = EventKind(rawValue: event.kind), kind == .transferSent || kind == .transferReceived else { return }
        guard let notice = try? TransferNotice.decode(fromPayload: event.payload) else {
            throw EventRejection("the transfer in the payload cannot be read")
        }
        if kind == .transferSent {
            guard let toStore = notice.toStore, toStore != terminal.storeID else { return }
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM store WHERE store_id = ?)", arguments: [toStore]) == true else {
                throw EventRejection("transfer \(notice.number) goes to store \(toStore), which this hub does not know")
            }
            return
        }
        guard let row = try Row.fetchOne(db, sql: """
            SELECT to_store, status, received_by FROM stock_transfer WHERE store_id = ? AND transfer_id = ?
            """, arguments: [notice.fromStore ?? terminal.storeID, notice.id]) else { return }
        guard row["to_store"] as String == terminal.storeID else {
            throw EventRejection("transfer \(notice.number) goes to store \(row["to_store"] as String); it cannot be received here")
        }
        guard row["status"] as String == "in-transit" else {
            throw EventRejection("transfer \(notice.number) was received already by terminal \(row["received_by"] as String? ?? "?")")
        }
    }

    /// Records a transfer's state and relays it to the feeds of both stores, the sender's (so its
    /// other lanes see it) and the receiver's (so any of its lanes can receive it).
    mutating func relayTransfer(of event: WireEvent) throws {
        guard let kind = EventKind(rawValue: event.kind), kind == .transferSent || kind == .transferReceived,
              let sent = try? TransferNotice.decode(fromPayload: event.payload) else { return }
        let fromStore = sent.fromStore ?? terminal.storeID
        let toStore = sent.toStore ?? terminal.storeID
        let notice = TransferNotice(id: sent.id, number: sent.number, fromStore: fromStore, fromLocation: sent.fromLocation, toStore: toStore,
                                    toLocation: sent.toLocation, sentAt: sent.sentAt, receivedAt: sent.receivedAt, lines: sent.lines)
        let data = try WireJSON.encode(notice)
        if kind == .transferSent {
            try db.execute(sql: """
                INSERT INTO stock_transfer (store_id, transfer_id, to_store, status, notice) VALUES (?, ?, ?, 'in-transit', ?)
                ON CONFLICT (store_id, transfer_id) DO NOTHING
                """, arguments: [fromStore, notice.id, toStore, data])
        } else {
            try db.execute(sql: """
                UPDATE stock_transfer SET status = 'received', notice = ?, received_by = ? WHERE store_id = ? AND transfer_id = ?
                """, arguments: [data, terminal.terminalID, fromStore, notice.id])
        }
        changes.set(.transfer, key: notice.id, data: data)
        let other = terminal.storeID == fromStore ? toStore : fromStore
        guard other != terminal.storeID else { return }
        var relayed = PendingChanges()
        relayed.set(.transfer, key: notice.id, data: data)
        try SQLiteHubStorage.appendChanges(relayed, store: other, db)
    }
}
