import Foundation
import GRDB
import TillCore
import TillWire

/// What the store holds of an open check: its version on this lane, its revision on the hub (nil
/// until the hub has one), the first line id its next change may add, and the document.
struct StoredCheck {
    let table: String
    let version: Int
    let revision: String?
    let nextLine: Int
    let document: String

    static func fetch(_ id: String, _ db: Database) throws -> StoredCheck? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT table_name, version, revision, coalesce(json_extract(document, '$.cart.nextLineID'), 1) AS next_line, document
            FROM open_check WHERE id = ?
            """), arguments: [id]).map {
            StoredCheck(table: $0["table_name"], version: $0["version"], revision: $0["revision"], nextLine: $0["next_line"], document: $0["document"])
        }
    }
}

extension AppDatabase {
    /// Appends the event that tells the hub (and through it the other lanes) of a check saved or
    /// closed over revision `base`; returns the new revision, which is the event's id.
    static func share(_ id: String, base: String?, closed: Bool, paid: Bool = false, firstNewLine: Int, document: String, terminalID: String,
                      at date: Date, _ db: Database) throws -> String {
        let revision = UUID().uuidString.lowercased()
        let save = CheckSave(id: id, revision: revision, base: base, closed: closed, paid: paid, firstNewLine: firstNewLine,
                             terminalID: terminalID, document: document)
        try Outbox.append(.check, json: try StoredDocument.encode(save), id: revision, at: date, db)
        return revision
    }

    /// Closes check `id` (paid, merged away or discarded) in the caller's transaction, telling the other lanes.
    static func closeCheck(_ id: String, paid: Bool = false, terminalID: String, at date: Date, _ db: Database) throws {
        guard let stored = try StoredCheck.fetch(id, db) else { return }
        try db.cachedStatement(sql: "DELETE FROM open_check WHERE id = ?").execute(arguments: [id])
        if paid { try notePaid(stored.table, at: date, db) }
        _ = try share(id, base: stored.revision, closed: true, paid: paid, firstNewLine: stored.nextLine, document: stored.document,
                      terminalID: terminalID, at: date, db)
    }

    /// Notes that `table` was just paid.
    private static func notePaid(_ table: String, at date: Date, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO paid_table (table_name, paid_at) VALUES (?, ?)
            ON CONFLICT (table_name) DO UPDATE SET paid_at = max(paid_at, excluded.paid_at)
            """).execute(arguments: [table, Timestamp.text(date)])
    }

    /// Notes the checks whose change the hub refused in a push, so the hub's revision, when it comes,
    /// is rebased on: the first line the refused chain of changes may have added, and its last event.
    static func noteRefusedCheck(seq: Int64, id: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO check_rebase (check_id, first_new_line, outbox_seq)
            SELECT json_extract(payload, '$.id'), json_extract(payload, '$.firstNewLine'), seq FROM outbox
            WHERE seq = ? AND id = ? AND kind = 'check'
            ON CONFLICT (check_id) DO UPDATE SET first_new_line = min(first_new_line, excluded.first_new_line),
                outbox_seq = max(outbox_seq, excluded.outbox_seq)
            """, arguments: [seq, id])
    }

    /// Takes the hub's revision of a check from the feed: a lane's own save, or one it holds already,
    /// comes back and is passed over; one with a change the hub has not answered yet waits for that answer; one whose change
    /// the hub refused is rebased on it; any other takes the hub's revision as it is.
    static func applyShared(_ save: CheckSave, at date: Date, _ db: Database) throws {
        guard try !Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM outbox WHERE id = ?)
                OR EXISTS (SELECT 1 FROM outbox WHERE acknowledged_at IS NULL AND kind = 'check' AND json_extract(payload, '$.id') = ?)
            """), arguments: [save.revision, save.id])! else { return }
        let stored = try StoredCheck.fetch(save.id, db)
        guard stored?.revision != save.revision else { return }
        let hub = try StoredDocument.decode(Check.self, from: save.document)
        guard let refused = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT r.first_new_line, o.payload FROM check_rebase r JOIN outbox o ON o.seq = r.outbox_seq WHERE r.check_id = ?
            """), arguments: [save.id]) else {
            return try adopt(save, hub, over: stored, at: date, db)
        }
        try db.cachedStatement(sql: "DELETE FROM check_rebase WHERE check_id = ?").execute(arguments: [save.id])
        let mine = try WireJSON.decode(CheckSave.self, from: refused["payload"])
        let outcome = try Check.rebase(try StoredDocument.decode(Check.self, from: mine.document), closedLocally: mine.closed,
                                       firstNewLine: refused["first_new_line"], onto: hub, closedOnHub: save.closed,
                                       newID: UUID().uuidString.lowercased())
        let version = (stored?.version ?? 0) + 1
        switch outcome {
        case .adopt:
            try adopt(save, hub, over: stored, at: date, db)
        case .save(let rebased):
            let document = try StoredDocument.encode(rebased)
            let revision = try share(save.id, base: save.revision, closed: false, firstNewLine: hub.nextLineID, document: document,
                                     terminalID: mine.terminalID, at: date, db)
            try write(rebased, document: document, version: version, revision: revision, terminalID: mine.terminalID, at: date, db)
        case .close:
            try db.cachedStatement(sql: "DELETE FROM open_check WHERE id = ?").execute(arguments: [save.id])
            if mine.paid { try notePaid(hub.table, at: date, db) }
            _ = try share(save.id, base: save.revision, closed: true, paid: mine.paid, firstNewLine: hub.nextLineID, document: save.document,
                          terminalID: mine.terminalID, at: date, db)
        case .newCheck(let fresh):
            try adopt(save, hub, over: stored, at: date, db)
            _ = try store(fresh, version: nil, terminalID: mine.terminalID, at: date, db)
        }
    }

    /// Makes the hub's revision of a check this lane's, or drops the check when the hub closed it.
    private static func adopt(_ save: CheckSave, _ hub: Check, over stored: StoredCheck?, at date: Date, _ db: Database) throws {
        guard !save.closed else {
            try db.cachedStatement(sql: "DELETE FROM open_check WHERE id = ?").execute(arguments: [save.id])
            if save.paid { try notePaid(hub.table, at: date, db) }
            return
        }
        try write(hub, document: save.document, version: (stored?.version ?? 0) + 1, revision: save.revision, terminalID: save.terminalID,
                  at: date, db)
    }
}
