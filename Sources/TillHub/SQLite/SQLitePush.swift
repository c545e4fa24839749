import Foundation
import GRDB
import TillWire

/// One push inside its transaction (sync.md 2.4): read the terminal's cursor, walk the events
/// `PushPlan` takes, log each, apply the side effects of those applied for the first time, append
/// one feed change per touched record, move the cursor. The write lock the transaction holds
/// serializes pushes, so two deliveries of one batch can never both apply it.
struct SQLitePush {
    let db: Database
    let terminal: TerminalIdentity
    let now: Date
    var changes = PendingChanges()

    init(db: Database, terminal: TerminalIdentity, now: Date) {
        self.db = db
        self.terminal = terminal
        self.now = now
    }

    private var store: String { terminal.storeID }

    mutating func run(_ events: [WireEvent]) throws -> PushOutcome {
        let cursor = try lockCursor()
        let plan = PushPlan(events, cursor: cursor)
        var rejected = try earlierRejections(of: events, through: cursor)
        for event in plan.events {
            let payload: EventPayload
            do {
                payload = try EventPayload(event)
                try checkTransfer(event)
                if case .check(let save) = payload { try checkRevision(of: save, eventID: event.id) }
            } catch let error as EventRejection {
                _ = try log(event, status: "rejected", reason: error.reason)
                rejected.append(Rejection(seq: event.seq, id: event.id, reason: error.reason))
                continue
            }
            if try log(event, status: "applied", reason: nil) {
                try apply(payload, of: event)
            }
        }
        let ackedThrough = plan.events.last?.seq ?? cursor
        try SQLiteHubStorage.appendChanges(changes, store: store, db)
        try db.execute(sql: """
            UPDATE terminal SET last_seq = ?, last_seen_at = ?, clock_skew_ms = COALESCE(?, clock_skew_ms)
            WHERE store_id = ? AND terminal_id = ? AND epoch = ?
            """, arguments: [ackedThrough, now.timestampText, ClockDrift.skewMillis(of: events, nowMillis: now.unixMillis),
                             store, terminal.terminalID, terminal.epoch])
        return PushOutcome(ackedThrough: ackedThrough, rejected: rejected, expectedSeq: plan.expectedSeq)
    }

    /// The rejections of events sent again at or below the cursor (the answer that named them was
    /// lost), so the terminal still learns of every refusal.
    private func earlierRejections(of events: [WireEvent], through cursor: Int64) throws -> [Rejection] {
        guard let first = events.first?.seq, first <= cursor else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT seq, event_id, reason FROM event_log
            WHERE store_id = ? AND terminal_id = ? AND epoch = ? AND seq BETWEEN ? AND ? AND status = 'rejected' ORDER BY seq
            """, arguments: [store, terminal.terminalID, terminal.epoch, first, cursor]).map {
            Rejection(seq: $0["seq"], id: $0["event_id"], reason: $0["reason"] ?? "")
        }
    }

    /// The terminal's cursor, read under the transaction's write lock; refused if the terminal was
    /// revoked since its token was checked.
    private func lockCursor() throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT last_seq, revoked_at FROM terminal WHERE store_id = ? AND terminal_id = ? AND epoch = ?
            """, arguments: [store, terminal.terminalID, terminal.epoch])
        else {
            throw HubError.unauthorized("terminal \(terminal.terminalID) of store \(store) is not paired: pair it again")
        }
        guard row["revoked_at"] as String? == nil else {
            throw HubError.revoked(store: store, terminal: terminal.terminalID)
        }
        return row["last_seq"]
    }

    /// Logs the event with `status`; false when its id is already on the hub, in which case it is
    /// logged as a duplicate (naming where the hub has it) and must apply nothing.
    private func log(_ event: WireEvent, status: String, reason: String?) throws -> Bool {
        let columns = "store_id, terminal_id, epoch, seq, event_id, kind, created_at, hlc, payload, received_at, status, reason"
        let values: StatementArguments = [store, terminal.terminalID, terminal.epoch, event.seq, event.id, event.kind,
                                          event.createdAt, event.hlc, event.payload, now.timestampText]
        try db.execute(sql: """
            INSERT INTO event_log (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (store_id, event_id) WHERE status <> 'duplicate' DO NOTHING
            """, arguments: values + [status, reason])
        guard db.changesCount == 0 else { return true }
        let first = try Row.fetchOne(db, sql: """
            SELECT terminal_id, epoch, seq FROM event_log WHERE store_id = ? AND event_id = ? AND status <> 'duplicate'
            """, arguments: [store, event.id])
        let place = first.map { "terminal \($0["terminal_id"] as String) epoch \($0["epoch"] as Int64) seq \($0["seq"] as Int64)" }
        try db.execute(sql: "INSERT INTO event_log (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       arguments: values + ["duplicate", "already on the hub as \(place ?? "another event")"])
        return false
    }

    private mutating func apply(_ payload: EventPayload, of event: WireEvent) throws {
        switch payload {
        case .ledgers(let effects):
            for delta in effects.stock {
                try addStock(delta, eventID: event.id)
            }
            for delta in effects.loyalty {
                try addPoints(delta)
            }
            try addVouchers(effects.vouchers, of: event)
            try relayTransfer(of: event)
        case .check(let save):
            try keep(save, payload: event.payload)
        case .customer(let edit):
            let stamp = FieldStamp(hlc: ClockDrift.effective(event.hlc, nowMillis: now.unixMillis), terminal: terminal.terminalID)
            try merge(edit, stamp: stamp)
        case .logOnly:
            break
        }
    }
}
