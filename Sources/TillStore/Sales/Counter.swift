import GRDB

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

    /// The next value, advanced in the caller's transaction.
    func next(_ db: Database) throws -> Int64 {
        guard let value = try Int64.fetchOne(db.cachedStatement(sql: "UPDATE counter SET value = value + 1 WHERE name = ? RETURNING value"),
                                             arguments: [rawValue]) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "counter \(rawValue) is missing")
        }
        return value
    }
}
