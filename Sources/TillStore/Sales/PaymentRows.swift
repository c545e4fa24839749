import GRDB
import TillCore

/// The tax and tender rows that sales and refunds both carry: the same columns in `sale_tax` and
/// `sale_tender`, or `refund_tax` and `refund_tender`, under the owner's id.
enum PaymentRows: String {
    case sale
    case refund

    /// Writes the tax lines and the tenders of the sale or refund `id`, tenders numbered from 0 in the order given.
    func insert(taxes: [TaxLine], tenders: [Tender], of id: String, _ db: Database) throws {
        let taxSQL = "INSERT INTO \(rawValue)_tax (\(rawValue)_id, tax_code, rate_millionths, base, tax) VALUES (?, ?, ?, ?, ?)"
        for line in taxes {
            try db.cachedStatement(sql: taxSQL).execute(arguments: [id, line.code, line.rate.millionths, line.base, line.tax])
        }
        let tenderSQL = "INSERT INTO \(rawValue)_tender (\(rawValue)_id, position, kind, amount, reference) VALUES (?, ?, ?, ?, ?)"
        for (position, tender) in tenders.enumerated() {
            try db.cachedStatement(sql: tenderSQL).execute(arguments: [id, position, tender.kind.description, tender.amount, tender.reference])
        }
    }
}
