import GRDB
import TillCore

extension ReportCounters {
    /// Counts every sale and refund stored before the counters existed, from their documents, as the
    /// commits count new ones; a document that no longer decodes stops the migration as damaged data.
    static func backfill(_ db: Database) throws {
        let sales = try Row.fetchCursor(db, sql: "SELECT id, business_day, completed_at, shift_id, document FROM sale ORDER BY rowid")
        while let row = try sales.next() {
            let id: String = row["id"]
            let order = try decoded(Order.self, from: row["document"], of: "sale \(id)", db)
            guard let completed = Timestamp.date(row["completed_at"]) else {
                throw try StoreError.damaged("sale \(id) has the unreadable completion time \(row["completed_at"] as String)", in: db)
            }
            try count(order, businessDay: row["business_day"], quarter: quarter(of: completed), shiftID: row["shift_id"], db)
        }
        let refunds = try Row.fetchCursor(db, sql: """
            SELECT id, business_day, staff_id, training, shift_id, document FROM refund ORDER BY rowid
            """)
        while let row = try refunds.next() {
            let refund = try decoded(Refund.self, from: row["document"], of: "refund \(row["id"] as String)", db)
            try count(refund, staffID: row["staff_id"], businessDay: row["business_day"], training: row["training"],
                      shiftID: row["shift_id"], db)
        }
    }

    private static func decoded<T: Decodable>(_ type: T.Type, from text: String, of what: String, _ db: Database) throws -> T {
        do {
            return try StoredDocument.decode(type, from: text)
        } catch {
            throw try StoreError.damaged("\(what) cannot be read back: \(error)", in: db)
        }
    }
}
