import Foundation
import GRDB

/// Writes the events the hub must learn, each in the transaction of its change.
///
/// Every event takes the next value of one gapless sequence, so the hub sees one unbroken stream per
/// terminal whatever the mix of kinds; its id is a UUID, the hub's last guard against applying an
/// event twice: the till's own for sales and refunds, a fresh one for the rest.
enum Outbox {
    enum Kind: String {
        case sale
        case refund
        case shiftOpen = "shift-open"
        case cashMovement = "cash-movement"
        case shiftCount = "shift-count"
        case shiftClose = "shift-close"
        case approval
        case clock
        case customer
        case zReport = "z-report"
    }

    /// Appends `payload`, as JSON, as the next event of `kind`; call it inside the change's transaction.
    static func append(_ kind: Kind, _ payload: some Encodable, at date: Date, _ db: Database) throws {
        try append(kind, json: try StoredDocument.encode(payload), id: UUID().uuidString.lowercased(), createdAt: Timestamp.text(date), db)
    }

    /// Appends JSON already written as the next event of `kind`, under the id the till gave it; returns its sequence.
    @discardableResult
    static func append(_ kind: Kind, json: String, id: String, createdAt: String, _ db: Database) throws -> Int64 {
        let sequence = try Counter.outbox.next(db)
        try db.cachedStatement(sql: "INSERT INTO outbox (seq, id, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)").execute(
            arguments: [sequence, id, kind.rawValue, json, createdAt])
        return sequence
    }
}
