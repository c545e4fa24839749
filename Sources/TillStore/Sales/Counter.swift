import GRDB
import TillWire

/// The gapless per-terminal counters: receipt and refund numbers (real and training apart) and the
/// outbox sequence.
///
/// Each is advanced inside the transaction that uses it, so a rolled-back sale gives its number back
/// and no number is ever skipped or used twice, whatever the number of writers.
enum Counter: String {
    case receipt
    case trainingReceipt = "receipt.training"
    case refund
    case trainingRefund = "refund.training"
    case outbox
    /// The terminal's hybrid logical clock, packed as `TillWire.PackedHLC`.
    case hlc
    /// Transfer numbers ("T1-4") and count session numbers people type.
    case transfer
    case count

    /// The next value, advanced in the caller's transaction.
    func next(_ db: Database) throws -> Int64 {
        guard let value = try Int64.fetchOne(db.cachedStatement(sql: "UPDATE counter SET value = value + 1 WHERE name = ? RETURNING value"),
                                             arguments: [rawValue]) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "counter \(rawValue) is missing")
        }
        return value
    }

    /// The clock's next reading for an event at `millis` (Unix time): later than every reading
    /// before it, and no earlier than the wall clock.
    static func tick(millis: Int64, _ db: Database) throws -> Int64 {
        guard let value = try Int64.fetchOne(db.cachedStatement(sql: """
            UPDATE counter SET value = max(value + 1, ?) WHERE name = 'hlc' RETURNING value
            """), arguments: [PackedHLC.make(millis: millis)]) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "counter hlc is missing")
        }
        return value
    }

    /// Moves the clock past a reading the hub sent, so later events order after what was learned.
    static func receive(_ reading: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE counter SET value = max(value, ?) WHERE name = 'hlc'").execute(arguments: [reading])
    }
}
