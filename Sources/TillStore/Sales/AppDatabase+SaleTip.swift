public import Foundation
import GRDB
import TillWire

/// A tip added to a sale's card payment after the sale, as the orders screen shows it.
public struct SaleTip: Hashable, Sendable {
    public let amount: Int64
    public let serverID: String
    /// The card terminal's approval of the tip.
    public let cardReference: String
}

extension AppDatabase {
    /// Records a tip the card terminal added to sale `saleID`'s card payment, in one transaction:
    /// counted for `serverID` among the day's tips and with the day's card takings (so the X/Z still
    /// adds up), and sent to the hub. A sale takes one tip; training sales count as training.
    public func addTip(_ amount: Int64, toSale saleID: String, serverID: String, cardReference: String, terminalID: String, at date: Date,
                       businessDay: String) throws(StoreError) {
        try write { db in
            let (receipt, training) = try Self.requireTippable(saleID, db)
            try db.execute(sql: """
                INSERT INTO sale_tip (sale_id, server_id, amount, card_reference, terminal_id, added_at, business_day)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [saleID, serverID, amount, cardReference, terminalID, Timestamp.text(date), businessDay])
            try ReportCounters.count(tip: amount, for: serverID, training: training, on: businessDay, db)
            guard !training else { return }
            try Outbox.append(.tipAdded, TipAddedEvent(saleID: saleID, receiptNumber: receipt, serverID: serverID, amount: amount,
                                                       cardReference: cardReference, terminalID: terminalID, businessDay: businessDay),
                              at: date, db)
        }
    }

    /// Refuses a tip the sale cannot take, before the card terminal is asked for it.
    public func checkTip(toSale saleID: String) throws(StoreError) {
        _ = try read { db in try Self.requireTippable(saleID, db) }
    }

    /// The sale's receipt number and training flag, if it was paid by card and has no tip yet.
    private static func requireTippable(_ saleID: String, _ db: Database) throws -> (receipt: Int64, training: Bool) {
        guard let sale = try Row.fetchOne(db, sql: "SELECT receipt_number, training FROM sale WHERE id = ?", arguments: [saleID]) else {
            throw StoreError.conflict("There is no sale \(saleID) on this terminal.")
        }
        let receipt: Int64 = sale["receipt_number"]
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sale_tender WHERE sale_id = ? AND kind = 'card')",
                                arguments: [saleID]) == true else {
            throw StoreError.conflict("Receipt \(receipt) was not paid by card: a tip goes on a card payment only.")
        }
        guard try Int64.fetchOne(db, sql: "SELECT amount FROM sale_tip WHERE sale_id = ?", arguments: [saleID]) == nil else {
            throw StoreError.conflict("Receipt \(receipt) has a tip already: a sale takes one.")
        }
        return (receipt, sale["training"])
    }

    /// The tip added to sale `saleID` after it, if any.
    public func tip(ofSale saleID: String) throws(StoreError) -> SaleTip? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT amount, server_id, card_reference FROM sale_tip WHERE sale_id = ?", arguments: [saleID]).map {
                SaleTip(amount: $0["amount"], serverID: $0["server_id"], cardReference: $0["card_reference"])
            }
        }
    }
}

/// The outbox payload of a tip added after the sale.
private struct TipAddedEvent: Encodable {
    let saleID: String
    let receiptNumber: Int64
    let serverID: String
    let amount: Int64
    let cardReference: String
    let terminalID: String
    let businessDay: String
}
