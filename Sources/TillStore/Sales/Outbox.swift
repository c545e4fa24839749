import Foundation
import GRDB
import TillWire

/// Writes the events the hub must learn, each in the transaction of its change.
///
/// Every event takes the next value of one gapless sequence, so the hub sees one unbroken stream per
/// terminal whatever the mix of kinds; its id is a UUID, the hub's last guard against applying an
/// event twice: the till's own for sales and refunds, a fresh one for the rest.
enum Outbox {
    /// Appends `payload`, as JSON, as the next event of `kind`; call it inside the change's transaction.
    static func append(_ kind: EventKind, _ payload: some Encodable, at date: Date, _ db: Database) throws {
        try append(kind, json: try StoredDocument.encode(payload), id: UUID().uuidString.lowercased(), at: date, db)
    }

    /// Appends JSON already written as the next event of `kind`, under the id the till gave it, with
    /// the next reading of the terminal's clock; returns its sequence.
    ///
    /// The stock movements written earlier in the transaction are the event's: they are stamped
    /// with its sequence, so a level can tell the movements the hub has acknowledged from the rest.
    @discardableResult
    static func append(_ kind: EventKind, json: String, id: String, at date: Date, _ db: Database) throws -> Int64 {
        let sequence = try Counter.outbox.next(db)
        let hlc = try Counter.tick(millis: Int64((date.timeIntervalSince1970 * 1000).rounded()), db)
        try db.cachedStatement(sql: "INSERT INTO outbox (seq, id, kind, payload, created_at, hlc) VALUES (?, ?, ?, ?, ?, ?)").execute(
            arguments: [sequence, id, kind.rawValue, json, Timestamp.text(date), hlc])
        try db.cachedStatement(sql: "UPDATE stock_movement SET outbox_seq = ? WHERE outbox_seq IS NULL").execute(arguments: [sequence])
        return sequence
    }
}
