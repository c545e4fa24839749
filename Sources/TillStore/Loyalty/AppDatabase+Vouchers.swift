public import Foundation
import GRDB
public import TillCore
import TillWire

/// How value goes onto a voucher or gift card.
public enum VoucherLoadKind: String, Sendable, CaseIterable {
    /// Given away: no money came in.
    case issue
    /// Sold: the money came in by a tender.
    case sale
    /// Added to a voucher that exists.
    case topUp = "top-up"
}

extension AppDatabase {
    /// A voucher as this till knows it: the hub's last balance plus this till's movements the hub has
    /// not counted yet; nil when this till has never heard of the code.
    public func voucher(code: VoucherCode) throws(StoreError) -> Voucher? {
        try read { db in try Self.voucher(code: code, db) }
    }

    static func voucher(code: VoucherCode, _ db: Database) throws -> Voucher? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT expires_on, hub_balance + coalesce((SELECT sum(amount) FROM voucher_movement m
                                                       WHERE m.code = voucher.code AND \(LedgerSettlement.pending)), 0) AS balance
            FROM voucher WHERE code = ?
            """), arguments: [code.text]) else { return nil }
        let expires: String? = row["expires_on"]
        return Voucher(code: code, balance: row["balance"], expiresOn: try expires.map { text throws in
            do { return try BusinessDay(text) } catch { throw try StoreError.damaged("voucher \(code) expires on \(text)", in: db) }
        })
    }

    /// Puts value on a voucher in one transaction with its ledger movement and its outbox event: a new
    /// voucher for `issue` and `sale` (refused if the code exists), more on one this till knows for `topUp`.
    @discardableResult
    public func loadVoucher(_ code: VoucherCode, amount: Money, kind: VoucherLoadKind, expiresOn: BusinessDay? = nil,
                            paidWith: TenderKind? = nil, terminalID: String, businessDay: BusinessDay, eventID: String,
                            at date: Date) throws(StoreError) -> Voucher {
        try write { db in
            let existing = try Self.voucher(code: code, db)
            do throws(LoyaltyError) {
                switch (kind, existing) {
                case (.topUp, nil): throw .unknownVoucher(code.text)
                case (.topUp, let voucher?): try voucher.checkTopUp(amount, today: businessDay)
                case (_, .some): throw .voucherExists(code.text)
                case (_, nil): try Voucher.checkLoad(amount)
                }
            } catch {
                throw StoreError.conflict(error.description)
            }
            let time = Timestamp.text(date)
            if existing == nil {
                try db.execute(sql: "INSERT INTO voucher (code, expires_on, issued_at) VALUES (?, ?, ?)",
                               arguments: [code.text, expiresOn?.iso, time])
            }
            let issue = VoucherIssue(code: code.text, amount: amount.minorUnits, reason: VoucherIssue.Reason(kind),
                                     expiresOn: kind == .topUp ? nil : expiresOn?.iso, paidWith: paidWith?.description,
                                     terminalID: terminalID, businessDay: businessDay.iso)
            let sequence = try Outbox.append(.voucherIssue, json: try StoredDocument.encode(issue), id: eventID, at: date, db)
            try Self.insertVoucherMovement(eventID: "\(eventID)/voucher", code: code.text, amount: amount.minorUnits, reason: kind.rawValue,
                                           paidWith: paidWith?.description, businessDay: businessDay.iso, eventSeq: sequence, at: time, db)
            return try Self.voucher(code: code, db)!
        }
    }

    /// Writes one movement of a voucher's ledger, making the voucher known here if it was not (a
    /// voucher the hub vouched for before this till pulled it).
    static func insertVoucherMovement(eventID: String, code: String, amount: Int64, reason: String, paidWith: String? = nil,
                                      saleID: String? = nil, refundID: String? = nil, businessDay: String, eventSeq: Int64,
                                      at time: String, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO voucher (code) VALUES (?) ON CONFLICT (code) DO NOTHING").execute(arguments: [code])
        try db.cachedStatement(sql: """
            INSERT INTO voucher_movement (event_id, code, amount, reason, paid_with, sale_id, refund_id, business_day, event_seq, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [eventID, code, amount, reason, paidWith, saleID, refundID, businessDay, eventSeq, time])
    }
}

extension VoucherIssue.Reason {
    init(_ kind: VoucherLoadKind) {
        switch kind {
        case .issue: self = .issue
        case .sale: self = .sale
        case .topUp: self = .topUp
        }
    }
}

extension AppDatabase {
    /// Keeps a voucher's balance as the hub summed it; the hub's expiry wins over none.
    static func storeHubVoucher(code: String, _ balance: VoucherBalance, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO voucher (code, expires_on, hub_balance) VALUES (?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET hub_balance = excluded.hub_balance, expires_on = coalesce(excluded.expires_on, expires_on)
            """).execute(arguments: [code, balance.expiresOn, balance.balance])
    }
}
