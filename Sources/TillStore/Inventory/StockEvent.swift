import GRDB
import TillCore
import TillWire

/// The outbox payload of a stock document: the document as recorded, who recorded it where and
/// when, and what it does to stock as the hub adds it to its ledger.
///
/// The document sits under a member named for its kind (`receipt`, `adjustment`, `transfer`,
/// `count`), so the hub can read the one it acts on (a transfer for another store) by name.
struct StockEvent<Document: Encodable>: Encodable {
    let terminalID: String
    let staffID: String?
    let approvedBy: String?
    let at: String
    let document: Document
    let documentKey: String
    let effects: EventEffects

    /// Appends the event of `kind` for `document`, after its movements, in the caller's transaction.
    @discardableResult
    static func append(_ kind: EventKind, _ documentKey: String, _ document: Document, stock: [StockDelta], context: StockContext,
                       _ db: Database) throws -> Int64 {
        let event = StockEvent(terminalID: context.terminalID, staffID: context.staffID, approvedBy: context.approvedBy, at: context.time,
                               document: document, documentKey: documentKey, effects: EventEffects(stock: stock))
        return try Outbox.append(kind, json: try StoredDocument.encode(event), id: context.eventID, at: context.date, db)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(terminalID, forKey: Key("terminalID"))
        try container.encodeIfPresent(staffID, forKey: Key("staffID"))
        try container.encodeIfPresent(approvedBy, forKey: Key("approvedBy"))
        try container.encode(at, forKey: Key("at"))
        try container.encode(document, forKey: Key(documentKey))
        try container.encode(effects, forKey: Key("effects"))
    }

    private struct Key: CodingKey {
        let stringValue: String
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}

extension StoreError {
    /// A stock rule the core refused, in its own words.
    static func refused(_ error: InventoryError) -> StoreError { .conflict(error.description) }
}

extension AppDatabase {
    /// Refuses a document id already used, so a retried operation never moves stock twice.
    static func checkNew(_ id: String, in table: String, what: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id]) == true else { return }
        throw StoreError.conflict("\(what) \(id) is recorded already; nothing was booked twice.")
    }
}
