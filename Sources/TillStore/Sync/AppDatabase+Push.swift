public import Foundation
import GRDB
public import TillWire

extension AppDatabase {
    /// The next outbox events the hub has not acknowledged, oldest first, as they go on the wire.
    public func eventsToPush(limit: Int = PushRequest.maximumEvents) throws(StoreError) -> [WireEvent] {
        try read { db in
            try Row.fetchAll(db.cachedStatement(sql: """
                SELECT seq, id, kind, created_at, hlc, payload FROM outbox
                WHERE seq > coalesce((SELECT pushed_through FROM sync_state WHERE id = 1), 0) ORDER BY seq LIMIT ?
                """), arguments: [limit]).map {
                WireEvent(seq: $0["seq"], id: $0["id"], kind: $0["kind"], createdAt: $0["created_at"], hlc: $0["hlc"],
                          payload: $0["payload"])
            }
        }
    }

    /// Records the hub's answer to a push in one transaction: the events it holds are marked sent
    /// (rejected ones with the reason), the push cursor moves to where the hub wants the next event,
    /// and the terminal's clock moves past the hub's.
    ///
    /// When the hub holds less than the terminal thought (it was restored from a backup), the events
    /// it lost count as unsent again and go once more: outbox rows are never deleted at acknowledgement.
    public func acknowledge(_ response: PushResponse, at date: Date) throws(StoreError) {
        try write { db in
            let time = Timestamp.text(date)
            let through = response.ackedThrough
            try db.execute(sql: "UPDATE outbox SET acknowledged_at = ? WHERE seq <= ? AND acknowledged_at IS NULL",
                           arguments: [time, through])
            try db.execute(sql: "UPDATE outbox SET acknowledged_at = NULL WHERE seq > ? AND acknowledged_at IS NOT NULL",
                           arguments: [through])
            for rejection in response.rejected {
                try db.execute(sql: "UPDATE outbox SET rejected_reason = ? WHERE seq = ? AND id = ?",
                               arguments: [rejection.reason, rejection.seq, rejection.id])
                try Self.noteRefusedCheck(seq: rejection.seq, id: rejection.id, db)
            }
            try Self.forgetAnsweredBases(db)
            let next = response.expectedSeq.map { min($0 - 1, through) } ?? through
            try db.execute(sql: "UPDATE sync_state SET pushed_through = ? WHERE id = 1", arguments: [max(0, next)])
            try Counter.receive(response.hubHLC, db)
        }
    }

    /// Events the hub refused, with its reasons, newest first: they wait on the hub for a manager.
    public func rejectedEvents(limit: Int = 100) throws(StoreError) -> [(sequence: Int64, kind: String, reason: String)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT seq, kind, rejected_reason FROM outbox WHERE rejected_reason IS NOT NULL ORDER BY seq DESC LIMIT ?
                """, arguments: [limit]).map { ($0["seq"], $0["kind"], $0["rejected_reason"]) }
        }
    }
}
