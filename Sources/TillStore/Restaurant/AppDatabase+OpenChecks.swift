public import Foundation
import GRDB
public import TillCore
import TillWire

/// An open check as the floor screen lists it.
public struct OpenCheckSummary: Hashable, Sendable {
    public let id: String
    public let table: String
    public let serverID: String
    public let covers: Int
    public let openedAt: String
    public let updatedAt: String
    /// Whether the kitchen has had a round of it.
    public let sent: Bool
    /// Whether payment has started on it.
    public let paying: Bool
    /// Whether its bill has been printed.
    public let billed: Bool
}

extension AppDatabase {
    /// Keeps a check as the lane changed it, with the kitchen tickets the change printed, in one transaction.
    ///
    /// A ticket is queued exactly when the check says its lines were sent. The change is never
    /// refused here, even when another lane's revision came in meanwhile: it goes to the hub naming
    /// the revision it was made over, and the hub's answer decides (see `applyShared`).
    public func saveCheck(_ change: CheckChange, tickets: [KitchenTicket] = [], terminalID: String, at date: Date) throws(StoreError) {
        try saveChecks([change], tickets: tickets, terminalID: terminalID, at: date)
    }

    /// `saveCheck` for several checks at once (a check and the parts a split made of it): all or none.
    public func saveChecks(_ changes: [CheckChange], tickets: [KitchenTicket] = [], terminalID: String, at date: Date) throws(StoreError) {
        try write { db in
            for change in changes {
                try Self.store(change, terminalID: terminalID, at: date, db)
            }
            for ticket in tickets {
                try PrintQueue.insertKitchen(ticket, at: Timestamp.text(date), db)
            }
        }
    }

    /// Takes the open check `sourceID` into `target` in one transaction: the merged check is kept
    /// as `target`'s change and the source is closed; returns the change kept.
    public func mergeCheck(into target: CheckChange, takingIn sourceID: String, terminalID: String, at date: Date) throws(StoreError)
        -> CheckChange {
        try write { db in
            guard let source = try StoredCheck.fetch(sourceID, db) else {
                throw StoreError.conflict("Check \(sourceID) is no longer open: it was paid, merged or discarded.")
            }
            var merged = target.check
            let other = try StoredDocument.decode(Check.self, from: source.document)
            do throws(CheckError) {
                try merged.merge(other)
            } catch {
                throw StoreError.conflict("The checks cannot be merged: \(error.message).")
            }
            try Self.close(source, id: sourceID, paid: false, terminalID: terminalID, at: date, db)
            let kept = CheckChange(merged, base: target.base, revision: target.revision)
            try Self.store(kept, terminalID: terminalID, at: date, db)
            return kept
        }
    }

    /// The check `id` and the stamp to name as the base of a change to it; nil when no such check is open.
    public func openCheck(id: String) throws(StoreError) -> (check: Check, stamp: CheckStamp?)? {
        try read { db in
            guard let stored = try StoredCheck.fetch(id, db) else { return nil }
            do {
                return (try StoredDocument.decode(Check.self, from: stored.document), stored.stamp)
            } catch {
                throw try StoreError.damaged("open check \(id): \(error)", in: db)
            }
        }
    }

    /// Every open check, by table then age.
    public func openChecks() throws(StoreError) -> [OpenCheckSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, table_name, server_id, covers, opened_at, updated_at,
                       json_extract(document, '$.rounds') > 0 AS sent, json_array_length(document, '$.cart.tenders') > 0 AS paying,
                       json_extract(document, '$.billPrinted') AS billed
                FROM open_check ORDER BY table_name, opened_at, id
                """).map {
                OpenCheckSummary(id: $0["id"], table: $0["table_name"], serverID: $0["server_id"], covers: $0["covers"],
                                 openedAt: $0["opened_at"], updatedAt: $0["updated_at"], sent: $0["sent"], paying: $0["paying"],
                                 billed: $0["billed"])
            }
        }
    }

    /// The tables paid since `date`, on any lane.
    public func tablesPaid(since date: Date) throws(StoreError) -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT table_name FROM paid_table WHERE paid_at >= ?", arguments: [Timestamp.text(date)]))
        }
    }

    /// Drops a check opened by mistake, telling the other lanes; one with anything rung on it or paid is refused.
    public func discardCheck(id: String, terminalID: String, at date: Date) throws(StoreError) {
        try write { db in
            guard let stored = try StoredCheck.fetch(id, db) else { return }
            let check = try StoredDocument.decode(Check.self, from: stored.document)
            guard check.cart.lines.isEmpty, check.cart.tenders.isEmpty else {
                throw StoreError.conflict("Check \(id) has items on it: void them, or pay it.")
            }
            try Self.close(stored, id: id, paid: false, terminalID: terminalID, at: date, db)
        }
    }

    /// Writes a change in the caller's transaction, with the event that shares it with the store's other lanes.
    static func store(_ change: CheckChange, terminalID: String, at date: Date, _ db: Database) throws {
        if let base = change.base {
            // The revision the change was made over, while the store still holds it, is kept until the
            // hub answers: should it refuse the change, the rebase tells from it what the change did.
            try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO check_base (revision, check_id, document)
                SELECT revision, id, document FROM open_check WHERE id = ? AND revision = ? AND generation = ? AND next_line = ?
                """).execute(arguments: [change.check.id, base.revision, base.generation, base.nextLine])
        }
        let document = try StoredDocument.encode(change.check)
        try share(CheckSave(id: change.check.id, revision: change.revision, base: change.base?.revision, generation: change.stamp.generation,
                            closed: false, firstNewLine: change.base?.nextLine ?? 1, terminalID: terminalID,
                            savedAt: Timestamp.text(date), document: document), at: date, db)
        try write(change.check, document: document, stamp: change.stamp, terminalID: terminalID, at: date, db)
    }

    /// Writes the row of `check` as `document` at `stamp`.
    static func write(_ check: Check, document: String, stamp: CheckStamp, terminalID: String, at date: Date, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO open_check (id, table_name, server_id, covers, order_type, opened_at, updated_at, terminal_id, revision, generation,
                                    next_line, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET table_name = excluded.table_name, server_id = excluded.server_id,
                covers = excluded.covers, order_type = excluded.order_type, updated_at = excluded.updated_at,
                terminal_id = excluded.terminal_id, revision = excluded.revision, generation = excluded.generation,
                next_line = excluded.next_line, document = excluded.document
            """).execute(arguments: [check.id, check.table, check.serverID, check.covers, check.orderType.rawValue,
                                     Timestamp.text(check.openedAt), Timestamp.text(date), terminalID, stamp.revision, stamp.generation,
                                     stamp.nextLine, document])
    }
}
