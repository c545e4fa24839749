import Foundation
import GRDB
import TillCore

/// The rows of `print_job`: what each kind of job stores and how it reads back.
enum PrintQueue {
    /// The lane's receipt printer, the only printer role so far.
    static let receiptPrinter = "receipt"

    /// The `kind` column.
    enum Kind: String {
        case receipt
        case receiptCopy = "receipt-copy"
        case report
        case kitchen
    }

    /// Queues a sale's receipt inside the sale's own transaction, so a crash cannot lose it.
    static func insertReceipt(saleID: String, receiptNumber: Int64, printer: String, at time: String, _ db: Database) throws {
        try insert(kind: .receipt, saleID: saleID, document: PrintRequest(receiptNumber: receiptNumber), printer: printer, at: time, db)
    }

    /// Queues a kitchen ticket for its station's printer, inside the transaction that sent its lines.
    static func insertKitchen(_ ticket: KitchenTicket, at time: String, _ db: Database) throws {
        try insert(kind: .kitchen, saleID: nil, document: PrintRequest(ticket: ticket), printer: ticket.station, at: time, db)
    }

    static func insert(kind: Kind, saleID: String?, document: PrintRequest, printer: String, at time: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO print_job (sale_id, printer, kind, document, status, attempts, created_at)
            VALUES (?, ?, ?, ?, 'pending', 0, ?)
            """).execute(arguments: [saleID, printer, kind.rawValue, try StoredDocument.encode(document), time])
    }

    /// A job as the worker takes it; a row the store cannot read is an error, never a silent skip.
    static func job(from row: Row, path: String) throws -> PrintJob {
        let id: Int64 = row["id"]
        let kindText: String = row["kind"]
        guard let kind = Kind(rawValue: kindText),
              let request = try? StoredDocument.decode(PrintRequest.self, from: row["document"]) else {
            throw StoreError.invalidData(path: path, reason: "print job \(id) has the unknown kind or document \(kindText)")
        }
        let content: PrintJob.Content
        switch kind {
        case .receipt, .receiptCopy:
            guard let saleID: String = row["sale_id"], let number = request.receiptNumber else {
                throw StoreError.invalidData(path: path, reason: "receipt print job \(id) names no sale")
            }
            content = .receipt(saleID: saleID, receiptNumber: number, copy: kind == .receiptCopy)
        case .report:
            content = .report(title: request.title ?? "Report", text: request.text ?? "")
        case .kitchen:
            guard let ticket = request.ticket else {
                throw StoreError.invalidData(path: path, reason: "kitchen print job \(id) holds no ticket")
            }
            content = .kitchen(ticket)
        }
        return PrintJob(id: id, printer: row["printer"], content: content, attempts: row["attempts"], createdAt: row["created_at"])
    }
}

/// What a print job's `document` column holds, by kind, in the snake-case keys the first receipt
/// copies were stored with.
struct PrintRequest: Codable {
    var receiptNumber: Int64?
    var requestedBy: String?
    var title: String?
    var text: String?
    var ticket: KitchenTicket?

    init(receiptNumber: Int64? = nil, requestedBy: String? = nil, title: String? = nil, text: String? = nil, ticket: KitchenTicket? = nil) {
        self.receiptNumber = receiptNumber
        self.requestedBy = requestedBy
        self.title = title
        self.text = text
        self.ticket = ticket
    }

    enum CodingKeys: String, CodingKey {
        case receiptNumber = "receipt_number", requestedBy = "requested_by", title, text, ticket
    }
}
