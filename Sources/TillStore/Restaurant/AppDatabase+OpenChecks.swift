public import Foundation
import GRDB
public import TillCore

/// An open check as the floor screen lists it.
public struct OpenCheckSummary: Hashable, Sendable {
    public let id: String
    public let table: String
    public let serverID: String
    public let covers: Int
    public let openedAt: String
    public let updatedAt: String
    public let version: Int
    /// Whether the kitchen has had a round of it.
    public let sent: Bool
    /// Whether payment has started on it.
    public let paying: Bool
    /// Whether its bill has been printed.
    public let billed: Bool
}

extension AppDatabase {
    /// Keeps `check` as it is now, with the kitchen tickets its change printed, in one transaction:
    /// a ticket is queued exactly when the check says its lines were sent. `version` is the one the
    /// caller read (nil for a new check); if another lane saved it since, nothing is written and the
    /// check must be read again. Returns the new version.
    @discardableResult
    public func saveCheck(_ check: Check, version: Int?, tickets: [KitchenTicket] = [], terminalID: String,
                          at date: Date) throws(StoreError) -> Int {
        try saveChecks([(check, version)], tickets: tickets, terminalID: terminalID, at: date)[0]
    }

    /// `saveCheck` for several checks at once (a check and the parts a split made of it): all or none.
    public func saveChecks(_ checks: [(check: Check, version: Int?)], tickets: [KitchenTicket] = [], terminalID: String,
                           at date: Date) throws(StoreError) -> [Int] {
        try write { db in
            let versions = try checks.map { try Self.store($0.check, version: $0.version, terminalID: terminalID, at: date, db) }
            for ticket in tickets {
                try PrintQueue.insertKitchen(ticket, at: Timestamp.text(date), db)
            }
            return versions
        }
    }

    /// Folds check `source` into `target` (already merged in memory): the target is saved and the
    /// source is closed, together, each at the version the caller read.
    @discardableResult
    public func mergeCheck(_ target: Check, version: Int, removing source: String, sourceVersion: Int, terminalID: String,
                           at date: Date) throws(StoreError) -> Int {
        try write { db in
            try Self.requireVersion(sourceVersion, of: source, db)
            try Self.closeCheck(source, terminalID: terminalID, at: date, db)
            return try Self.store(target, version: version, terminalID: terminalID, at: date, db)
        }
    }

    /// The check `id` and the version to name when saving it; nil when no such check is open.
    public func openCheck(id: String) throws(StoreError) -> (check: Check, version: Int)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT document, version FROM open_check WHERE id = ?", arguments: [id]) else {
                return nil
            }
            do {
                return (try StoredDocument.decode(Check.self, from: row["document"]), row["version"])
            } catch {
                throw try StoreError.damaged("open check \(id): \(error)", in: db)
            }
        }
    }

    /// Every open check, by table then age.
    public func openChecks() throws(StoreError) -> [OpenCheckSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, table_name, server_id, covers, opened_at, updated_at, version,
                       json_extract(document, '$.rounds') > 0 AS sent, json_array_length(document, '$.cart.tenders') > 0 AS paying,
                       json_extract(document, '$.billPrinted') AS billed
                FROM open_check ORDER BY table_name, opened_at, id
                """).map {
                OpenCheckSummary(id: $0["id"], table: $0["table_name"], serverID: $0["server_id"], covers: $0["covers"],
                                 openedAt: $0["opened_at"], updatedAt: $0["updated_at"], version: $0["version"], sent: $0["sent"],
                                 paying: $0["paying"], billed: $0["billed"])
            }
        }
    }

    /// The tables paid since `date`, on any lane.
    public func tablesPaid(since date: Date) throws(StoreError) -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: "SELECT table_name FROM paid_table WHERE paid_at >= ?", arguments: [Timestamp.text(date)]))
        }
    }

    /// Drops a check opened by mistake (nothing rung on it, nothing paid), telling the other lanes; one
    /// with anything rung up on it is voided line by line first.
    public func discardCheck(id: String, version: Int, terminalID: String, at date: Date) throws(StoreError) {
        try write { db in
            try Self.requireVersion(version, of: id, db)
            let document = try String.fetchOne(db, sql: "SELECT document FROM open_check WHERE id = ?", arguments: [id]) ?? ""
            let check = try StoredDocument.decode(Check.self, from: document)
            guard check.cart.isEmpty, check.cart.tenders.isEmpty else {
                throw StoreError.conflict("Check \(id) has items on it: void them, or pay it.")
            }
            try Self.closeCheck(id, terminalID: terminalID, at: date, db)
        }
    }

    /// Writes `check` over `version` (nil: a new check) in the caller's transaction, with the event that
    /// shares it with the store's other lanes; returns the new version.
    static func store(_ check: Check, version: Int?, terminalID: String, at date: Date, _ db: Database) throws -> Int {
        let stored = try requireVersion(version, of: check.id, db)
        let next = (version ?? 0) + 1
        let document = try StoredDocument.encode(check)
        let revision = try share(check.id, base: stored?.revision, closed: false, firstNewLine: stored?.nextLine ?? 1, document: document,
                                 terminalID: terminalID, at: date, db)
        try write(check, document: document, version: next, revision: revision, terminalID: terminalID, at: date, db)
        return next
    }

    /// Writes the row of `check` as `document` at `version` and hub `revision`.
    static func write(_ check: Check, document: String, version: Int, revision: String?, terminalID: String, at date: Date,
                      _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO open_check (id, table_name, server_id, covers, order_type, opened_at, updated_at, terminal_id, version, document,
                                    revision)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET table_name = excluded.table_name, server_id = excluded.server_id,
                covers = excluded.covers, order_type = excluded.order_type, updated_at = excluded.updated_at,
                terminal_id = excluded.terminal_id, version = excluded.version, document = excluded.document,
                revision = excluded.revision
            """).execute(arguments: [check.id, check.table, check.serverID, check.covers, check.orderType.rawValue,
                                     Timestamp.text(check.openedAt), Timestamp.text(date), terminalID, version, document, revision])
    }

    /// Refuses to go on unless check `id` is stored at `version` (nil: not stored at all); returns
    /// what the store holds of it.
    @discardableResult
    static func requireVersion(_ version: Int?, of id: String, _ db: Database) throws -> StoredCheck? {
        let stored = try StoredCheck.fetch(id, db)
        guard stored?.version != version else { return stored }
        throw stored == nil ? StoreError.conflict("Check \(id) is no longer open: it was paid, merged or discarded on another lane.")
            : StoreError.conflict("Check \(id) was changed on another lane: open it again to see it as it is now.")
    }
}
