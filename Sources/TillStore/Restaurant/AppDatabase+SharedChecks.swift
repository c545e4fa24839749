import Foundation
import GRDB
import TillCore
import TillWire

/// What the store holds of an open check: its table, its stamp (nil until the hub has a revision of
/// it), whether payment has started, and the document.
struct StoredCheck {
    let table: String
    let stamp: CheckStamp?
    let generation: Int
    let paying: Bool
    let document: String

    /// The open check `id`, if the store holds it.
    static func fetch(_ id: String, _ db: Database) throws -> StoredCheck? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT table_name, revision, generation, next_line, json_array_length(document, '$.cart.tenders') > 0 AS paying, document
            FROM open_check WHERE id = ?
            """), arguments: [id]).map { row in
            let revision: String? = row["revision"]
            return StoredCheck(table: row["table_name"],
                               stamp: revision.map { CheckStamp(revision: $0, generation: row["generation"], nextLine: row["next_line"]) },
                               generation: row["generation"], paying: row["paying"], document: row["document"])
        }
    }
}

extension AppDatabase {
    /// How long a closed check is remembered, so an older revision of it coming round the feed is passed over.
    static let closedCheckMemory: TimeInterval = 24 * 3600

    /// Appends the event that tells the hub (and through it the other lanes) of a check saved or closed.
    static func share(_ save: CheckSave, at date: Date, _ db: Database) throws {
        try Outbox.append(.check, json: try StoredDocument.encode(save), id: save.revision, at: date, db)
    }

    /// Closes the check a sale paid, as the lane billed it, in the sale's transaction; `shared` tells the other lanes.
    ///
    /// The close names the revision the lane billed, not whatever the store holds now: when another
    /// lane's change came in meanwhile (or closed the check), the hub refuses it and the rebase
    /// leaves open exactly what the sale did not pay for (or says the check was paid twice).
    static func closePaid(_ paid: CheckChange, shared: Bool = true, terminalID: String, at date: Date, _ db: Database) throws {
        let id = paid.check.id
        let held = try StoredCheck.fetch(id, db)?.generation ?? 0
        let generation = paid.stamp.generation
        try forget(id, generation: max(held + 1, generation), paid: paid.check.table, at: date, db)
        guard shared else { return }
        try share(CheckSave(id: id, revision: paid.revision, base: paid.base?.revision, generation: generation, closed: true, paid: true,
                            firstNewLine: paid.base?.nextLine ?? 1, terminalID: terminalID, savedAt: Timestamp.text(date),
                            document: try StoredDocument.encode(paid.check)), at: date, db)
    }

    /// Closes the stored check `id` (merged away, discarded, or paid in a rebase) and tells the other lanes, naming the revision it closed.
    static func close(_ stored: StoredCheck, id: String, paid: Bool, terminalID: String, at date: Date, _ db: Database) throws {
        let generation = stored.generation + 1
        try forget(id, generation: generation, paid: paid ? stored.table : nil, at: date, db)
        try share(CheckSave(id: id, revision: UUID().uuidString.lowercased(), base: stored.stamp?.revision, generation: generation, closed: true,
                            paid: paid, firstNewLine: stored.stamp?.nextLine ?? 1, terminalID: terminalID, savedAt: Timestamp.text(date),
                            document: stored.document), at: date, db)
    }

    /// Drops check `id` from the floor, remembering for a day that it closed at `generation`; `paidTable` was just paid.
    private static func forget(_ id: String, generation: Int, paid paidTable: String?, at date: Date, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM open_check WHERE id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM check_base WHERE check_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM closed_check WHERE closed_at < ?")
            .execute(arguments: [Timestamp.text(date.addingTimeInterval(-closedCheckMemory))])
        try db.cachedStatement(sql: """
            INSERT INTO closed_check (check_id, generation, closed_at) VALUES (?, ?, ?)
            ON CONFLICT (check_id) DO UPDATE SET generation = max(generation, excluded.generation), closed_at = excluded.closed_at
            """).execute(arguments: [id, generation, Timestamp.text(date)])
        if let paidTable { try notePaid(paidTable, at: date, db) }
    }

    /// Notes that `table` was paid at `date`.
    private static func notePaid(_ table: String, at date: Date, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO paid_table (table_name, paid_at) VALUES (?, ?)
            ON CONFLICT (table_name) DO UPDATE SET paid_at = max(paid_at, excluded.paid_at)
            """).execute(arguments: [table, Timestamp.text(date)])
    }

    /// Notes a check whose change the hub refused, so the hub's revision, when it comes, is rebased on.
    ///
    /// Over a chain of refused changes the note keeps the first line, the generation and the revision
    /// the chain started from, and its last event: the change as the lane last made it.
    static func noteRefusedCheck(seq: Int64, id: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO check_rebase (check_id, first_new_line, base_generation, base_revision, outbox_seq)
            SELECT json_extract(payload, '$.id'), json_extract(payload, '$.firstNewLine'), json_extract(payload, '$.generation') - 1,
                   json_extract(payload, '$.base'), seq
            FROM outbox WHERE seq = ? AND id = ? AND kind = 'check'
            ON CONFLICT (check_id) DO UPDATE SET first_new_line = min(first_new_line, excluded.first_new_line),
                base_revision = CASE WHEN excluded.base_generation < base_generation THEN excluded.base_revision ELSE base_revision END,
                base_generation = min(base_generation, excluded.base_generation), outbox_seq = max(outbox_seq, excluded.outbox_seq)
            """, arguments: [seq, id])
    }

    /// Forgets the revisions changes were made over once the hub has answered every change of their check without a refusal.
    static func forgetAnsweredBases(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM check_base WHERE check_id NOT IN (SELECT check_id FROM check_rebase)
                AND check_id NOT IN (SELECT json_extract(payload, '$.id') FROM outbox WHERE acknowledged_at IS NULL AND kind = 'check')
            """)
    }

    /// Takes the hub's revision of a check from the feed, unless this lane has something newer.
    ///
    /// A revision no newer than the one the lane holds (or closed) is passed over; while the lane
    /// has a change the hub has not answered, the hub's answer is awaited; a change the hub refused
    /// is rebased on the revision (once payment on it has ended); anything else is taken as it is.
    static func applyShared(_ save: CheckSave, at date: Date, _ db: Database) throws {
        guard try !Bool.fetchOne(db.cachedStatement(sql: """
            SELECT EXISTS (SELECT 1 FROM outbox WHERE acknowledged_at IS NULL AND kind = 'check' AND json_extract(payload, '$.id') = ?)
            """), arguments: [save.id])! else { return }
        let stored = try StoredCheck.fetch(save.id, db)
        if let refused = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT r.first_new_line, r.base_generation, o.payload, b.document AS base FROM check_rebase r
            JOIN outbox o ON o.seq = r.outbox_seq LEFT JOIN check_base b ON b.revision = r.base_revision
            WHERE r.check_id = ?
            """), arguments: [save.id]) {
            guard save.generation > refused["base_generation"], stored?.paying != true else { return }
            try db.cachedStatement(sql: "DELETE FROM check_rebase WHERE check_id = ?").execute(arguments: [save.id])
            try db.cachedStatement(sql: "DELETE FROM check_base WHERE check_id = ?").execute(arguments: [save.id])
            let base = try (refused["base"] as String?).map { try StoredDocument.decode(Check.self, from: $0) }
            return try rebase(try WireJSON.decode(CheckSave.self, from: refused["payload"]), base: base,
                              firstNewLine: refused["first_new_line"], onto: save, at: date, db)
        }
        let closedAt = try Int.fetchOne(db.cachedStatement(sql: "SELECT generation FROM closed_check WHERE check_id = ?"),
                                        arguments: [save.id])
        guard save.generation > (stored?.generation ?? closedAt ?? 0) else { return }
        try adopt(save, at: date, db)
    }

    /// Replays this lane's refused change `mine` on the hub's revision `hub`, and shares the outcome.
    private static func rebase(_ mine: CheckSave, base: Check?, firstNewLine: Int, onto hub: CheckSave, at date: Date, _ db: Database) throws {
        let theirs = try StoredDocument.decode(Check.self, from: hub.document)
        let stamp = CheckStamp(revision: hub.revision, generation: hub.generation, nextLine: theirs.nextLineID)
        let outcome = try Check.rebase(try StoredDocument.decode(Check.self, from: mine.document), base: base, closedLocally: mine.closed,
                                       firstNewLine: firstNewLine, onto: theirs, closedOnHub: hub.closed, newID: UUID().uuidString.lowercased())
        switch outcome {
        case .adopt:
            try adopt(hub, at: date, db)
        case .save(let rebased):
            try store(CheckChange(rebased, base: stamp, revision: UUID().uuidString.lowercased()), terminalID: mine.terminalID, at: date, db)
        case .close:
            try close(StoredCheck(table: theirs.table, stamp: stamp, generation: hub.generation, paying: false, document: hub.document),
                      id: hub.id, paid: mine.paid, terminalID: mine.terminalID, at: date, db)
        case .newCheck(let fresh):
            try adopt(hub, at: date, db)
            try store(CheckChange(fresh, base: nil, revision: UUID().uuidString.lowercased()), terminalID: mine.terminalID, at: date, db)
        }
    }

    /// Makes the hub's revision of a check this lane's, or drops the check when the hub closed it.
    private static func adopt(_ save: CheckSave, at date: Date, _ db: Database) throws {
        let check = try StoredDocument.decode(Check.self, from: save.document)
        guard !save.closed else {
            return try forget(save.id, generation: save.generation, paid: save.paid ? check.table : nil,
                              at: Timestamp.date(save.savedAt) ?? date, db)
        }
        try write(check, document: save.document, stamp: CheckStamp(revision: save.revision, generation: save.generation,
                                                                    nextLine: check.nextLineID),
                  terminalID: save.terminalID, at: date, db)
    }
}
