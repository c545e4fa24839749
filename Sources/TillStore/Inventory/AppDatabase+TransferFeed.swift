import GRDB
import TillWire

extension AppDatabase {
    /// Keeps a transfer the hub relayed: one sent to a location of this store (from here or from
    /// another store) waits in transit until received; one received elsewhere is marked received, so
    /// nobody receives it twice. Stores are written as this terminal writes them: nil for its own.
    static func apply(_ notice: TransferNotice, _ db: Database) throws {
        let ownStore = try String.fetchOne(db, sql: "SELECT store_id FROM sync_state WHERE id = 1")
        let fromStore = notice.fromStore == ownStore ? nil : notice.fromStore
        let toStore = notice.toStore == ownStore ? nil : notice.toStore
        let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM stock_transfer WHERE id = ?)", arguments: [notice.id]) ?? false
        if !exists {
            try db.execute(sql: """
                INSERT INTO stock_transfer (id, number, from_store, from_location, to_store, to_location, status, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, 'in-transit', ?)
                """, arguments: [notice.id, fromStore.map { "\($0)/\(notice.number)" } ?? notice.number, fromStore, notice.fromLocation, toStore,
                                 notice.toLocation, notice.sentAt])
            for (position, line) in notice.lines.enumerated() {
                try db.execute(sql: """
                    INSERT INTO stock_transfer_line (transfer_id, position, product_id, label, sent) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [notice.id, position, line.product, line.label, line.sent])
            }
        }
        guard let receivedAt = notice.receivedAt else { return }
        try db.execute(sql: "UPDATE stock_transfer SET status = 'received', received_at = ? WHERE id = ? AND status = 'in-transit'",
                       arguments: [receivedAt, notice.id])
        for line in notice.lines {
            try db.execute(sql: "UPDATE stock_transfer_line SET received = ? WHERE transfer_id = ? AND product_id = ? AND received IS NULL",
                           arguments: [line.received ?? 0, notice.id, line.product])
        }
    }
}
