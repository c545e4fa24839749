public import Foundation
import GRDB
public import TillCore

extension AppDatabase {
    /// Adds a customer or changes one, with its outbox event; a loyalty card belongs to one customer.
    public func saveCustomer(_ customer: Customer, at date: Date) throws(StoreError) {
        let time = Timestamp.text(date)
        try write { db in
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
            try Outbox.append(.customer, customer, at: date, db)
        }
    }

    /// The customer a scanned card or a typed phone number names: the card code first, then the
    /// phone number however it was spaced; the longest-known customer when a phone is shared.
    public func customer(matching code: String) throws(StoreError) -> Customer? {
        let typed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !typed.isEmpty else { return nil }
        let phone = Customer.normalizedPhone(typed)
        return try read { db in
            let columns = "id, name, phone, email, card_code, notes, marketing_consent"
            let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM customer WHERE card_code = ?", arguments: [typed])
                ?? Row.fetchOne(db, sql: "SELECT \(columns) FROM customer WHERE phone = ? ORDER BY created_at, id LIMIT 1", arguments: [phone])
            return try row.map { row in
                do {
                    return try Customer(id: row["id"], name: row["name"], phone: row["phone"], email: row["email"],
                                        cardCode: row["card_code"], notes: row["notes"], marketingConsent: row["marketing_consent"])
                } catch {
                    throw StoreError.invalidData(path: path, reason: "customer \(row["id"] as String) cannot be read back: \(error)")
                }
            }
        }
    }
}
