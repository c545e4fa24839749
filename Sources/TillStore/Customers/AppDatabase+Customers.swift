public import Foundation
import GRDB
public import TillCore
import TillWire

extension AppDatabase {
    /// Adds a customer or changes one, with its outbox event naming the fields this save set (the
    /// hub merges profiles field by field); a loyalty card belongs to one customer.
    public func saveCustomer(_ customer: Customer, at date: Date) throws(StoreError) {
        try write { db in
            let previous = try Self.customer(id: customer.id, db)
            try Self.store(customer, at: Timestamp.text(date), db)
            try Outbox.append(.customer, CustomerEdit(customer, over: previous), at: date, db)
        }
    }

    /// Writes a customer's row; a card another customer holds is refused.
    static func store(_ customer: Customer, at time: String, _ db: Database) throws {
        if let card = customer.cardCode,
           let holder = try String.fetchOne(db, sql: "SELECT id FROM customer WHERE card_code = ? AND id <> ?",
                                            arguments: [card, customer.id]) {
            throw StoreError.conflict("Card \(card) already belongs to customer \(holder); give customer \(customer.id) another card.")
        }
        try db.execute(sql: """
            INSERT INTO customer (id, name, phone, email, card_code, notes, marketing_consent, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone, email = excluded.email,
                card_code = excluded.card_code, notes = excluded.notes, marketing_consent = excluded.marketing_consent,
                updated_at = excluded.updated_at
            """, arguments: [customer.id, customer.name, customer.phone, customer.email, customer.cardCode, customer.notes,
                             customer.marketingConsent, time, time])
    }

    /// The customer with this id, nil when there is none.
    public func customer(id: String) throws(StoreError) -> Customer? {
        try read { db in try Self.customer(id: id, db) }
    }

    /// The stored customer with this id, nil when there is none.
    static func customer(id: String, _ db: Database) throws -> Customer? {
        try Row.fetchOne(db, sql: "SELECT \(customerColumns) FROM customer WHERE id = ?", arguments: [id]).map { try readCustomer($0, db) }
    }

    /// The customer a scanned card or a typed phone number names: the card code first, then the
    /// phone number however it was spaced; the longest-known customer when a phone is shared.
    public func customer(matching code: String) throws(StoreError) -> Customer? {
        let typed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !typed.isEmpty else { return nil }
        let phone = Customer.normalizedPhone(typed)
        return try read { db in
            let columns = Self.customerColumns
            let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM customer WHERE card_code = ?", arguments: [typed])
                ?? Row.fetchOne(db, sql: "SELECT \(columns) FROM customer WHERE phone = ? ORDER BY created_at, id LIMIT 1", arguments: [phone])
            return try row.map { try Self.readCustomer($0, db) }
        }
    }

    private static let customerColumns = "id, name, phone, email, card_code, notes, marketing_consent"

    private static func readCustomer(_ row: Row, _ db: Database) throws -> Customer {
        do {
            return try Customer(id: row["id"], name: row["name"], phone: row["phone"], email: row["email"],
                                cardCode: row["card_code"], notes: row["notes"], marketingConsent: row["marketing_consent"])
        } catch {
            throw try StoreError.damaged("customer \(row["id"] as String) cannot be read back: \(error)", in: db)
        }
    }
}
