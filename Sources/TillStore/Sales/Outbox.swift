import Foundation
import GRDB

/// Writes the events other than sales that the hub must learn, each in the transaction of its change.
///
/// An event takes the next value of the same gapless sequence the sale commit uses, so the hub sees
/// one unbroken stream per terminal whatever the mix of kinds; its id is a fresh UUID, the hub's last
/// guard against applying an event twice.
enum Outbox {
    enum Kind: String {
        case shiftOpen = "shift-open"
        case cashMovement = "cash-movement"
        case shiftCount = "shift-count"
        case shiftClose = "shift-close"
        case approval
        case clock
        case customer
    }

    /// Appends `payload`, as JSON, as the next event of `kind`; call it inside the change's transaction.
    static func append(_ kind: Kind, _ payload: some Encodable, at date: Date, _ db: Database) throws {
        let sequence = try Counter.outbox.next(db)
        try db.cachedStatement(sql: "INSERT INTO outbox (seq, id, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)").execute(
            arguments: [sequence, UUID().uuidString.lowercased(), kind.rawValue, try StoredDocument.encode(payload), Timestamp.text(date)])
    }
}
