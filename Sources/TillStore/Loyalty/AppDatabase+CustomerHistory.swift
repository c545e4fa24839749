import Foundation
import GRDB
public import TillCore

/// A sale of a customer's history: what they paid and what it did to their points.
public struct CustomerPurchase: Hashable, Sendable {
    public let sale: SaleSummary
    public let pointsEarned: Int64
    public let pointsRedeemed: Int64
}

/// What a sale's receipt prints under the customer's name.
public struct ReceiptLoyalty: Hashable, Sendable {
    public let customerName: String
    public let pointsEarned: Int64
    public let pointsRedeemed: Int64
    /// The customer's points right after the sale, as this till knew them.
    public let balanceAfter: Int64
}

extension AppDatabase {
    /// A customer's sales rung up on this till, newest first (other lanes' sales stay on their lanes).
    public func purchases(customerID: String, limit: Int = 50) throws(StoreError) -> [CustomerPurchase] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(SaleSummary.columns), coalesce(l.earned, 0) AS points_earned, coalesce(l.redeemed, 0) AS points_redeemed
                FROM sale LEFT JOIN sale_loyalty l ON l.sale_id = sale.id
                WHERE sale.customer_id = ? AND sale.training = 0 ORDER BY sale.completed_at DESC, sale.receipt_number DESC LIMIT ?
                """, arguments: [customerID, limit]).map {
                CustomerPurchase(sale: SaleSummary($0), pointsEarned: $0["points_earned"], pointsRedeemed: $0["points_redeemed"])
            }
        }
    }

    /// The points lines of a sale's receipt; nil for a sale without a customer (or from before points).
    public func receiptLoyalty(saleID: String) throws(StoreError) -> ReceiptLoyalty? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT c.name, l.earned, l.redeemed, l.balance_after
                FROM sale_loyalty l JOIN customer c ON c.id = l.customer_id WHERE l.sale_id = ?
                """, arguments: [saleID]).map {
                ReceiptLoyalty(customerName: $0["name"], pointsEarned: $0["earned"], pointsRedeemed: $0["redeemed"],
                               balanceAfter: $0["balance_after"])
            }
        }
    }

    /// Customers whose card is `text`, whose phone starts with it (however spaced) or whose name holds
    /// it, card first, then by name: what the customers screen lists as the cashier types.
    public func customers(matching text: String, limit: Int = 20) throws(StoreError) -> [Customer] {
        let typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !typed.isEmpty else { return [] }
        let phone = Customer.normalizedPhone(typed)
        let pattern = "%" + typed.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id FROM customer
                WHERE card_code = :typed OR (length(:phone) >= 3 AND phone LIKE :phone || '%') OR name LIKE :pattern ESCAPE '\\'
                ORDER BY card_code = :typed DESC, name, id LIMIT :limit
                """, arguments: ["typed": typed, "phone": phone, "pattern": pattern, "limit": limit]).compactMap {
                try Self.customer(id: $0["id"], db)
            }
        }
    }
}
