import GRDB
import TillWire

extension SQLitePush {
    /// Adds an event's voucher movements to their balances: an issue also sets the voucher's last
    /// day, and a redemption that took a balance below zero is noted for a manager.
    mutating func addVouchers(_ deltas: [VoucherDelta], of event: WireEvent) throws {
        guard !deltas.isEmpty else { return }
        let issue = event.kind == EventKind.voucherIssue.rawValue ? try? WireJSON.decode(VoucherIssue.self, from: event.payload) : nil
        for delta in deltas {
            let expires = issue?.code == delta.code ? issue?.expiresOn : nil
            guard let row = try Row.fetchOne(db, sql: """
                INSERT INTO voucher_balance (store_id, code, balance, expires_on) VALUES (?, ?, ?, ?)
                ON CONFLICT (store_id, code) DO UPDATE SET balance = balance + excluded.balance,
                    expires_on = coalesce(excluded.expires_on, expires_on)
                RETURNING balance, expires_on
                """, arguments: [terminal.storeID, delta.code, delta.amount, expires]) else { continue }
            let balance: Int64 = row["balance"]
            if balance < 0, delta.amount < 0 {
                try db.execute(sql: """
                    INSERT INTO voucher_exception (store_id, event_id, code, balance, at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (store_id, event_id, code) DO UPDATE SET balance = excluded.balance
                    """, arguments: [terminal.storeID, event.id, delta.code, balance, now.timestampText])
            }
            changes.set(.voucher, key: delta.code, data: try WireJSON.encode(VoucherBalance(balance: balance, expiresOn: row["expires_on"])))
        }
    }
}
