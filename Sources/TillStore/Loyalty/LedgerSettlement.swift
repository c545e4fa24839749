import GRDB

/// Which of this till's ledger movements the hub's balances already include: those whose outbox
/// event is at or before `settled_through`. The rest are added to the hub's figures on this till.
enum LedgerSettlement {
    /// SQL true for a movement row (with an `event_seq` column) the hub's balance does not include yet.
    static let pending = "event_seq > (SELECT settled_through FROM ledger_settlement WHERE id = 1)"

    /// Called once the till has read the hub's feed to its end: everything the hub had acknowledged
    /// before that read is in the balances it sent. A hub restored from a backup un-acknowledges what
    /// it lost, so the mark may move back, and those movements count on this till again.
    static func settle(_ db: Database) throws {
        try db.execute(sql: """
            UPDATE ledger_settlement SET settled_through = coalesce((SELECT max(seq) FROM outbox WHERE acknowledged_at IS NOT NULL), 0)
            WHERE id = 1
            """)
    }
}
