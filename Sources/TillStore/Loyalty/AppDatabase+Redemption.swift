import GRDB
public import TillCore
public import TillWire

/// Who vouches for a voucher's balance when it is about to pay.
public enum VoucherAuthority: Hashable, Sendable {
    /// The hub answered: its balance decides (nil when the hub has no such voucher).
    case hub(VoucherBalance?)
    /// The hub could not be asked: this till's figure decides, within the offline allowance.
    case offline
}

extension AppDatabase {
    /// Decides whether `code` may pay `requested` (nil: as much as it can) of the open sale and, if so,
    /// holds it for the tender the app adds at the end of `tenders`, in one transaction.
    ///
    /// Online, the hub's balance less what this till redeemed and has not sent yet decides; offline,
    /// this till's figure does, and the redemption must fit the allowance. Redemptions already on the
    /// sale are taken off first, so one voucher cannot pay twice.
    public func authorizeVoucher(_ code: VoucherCode, requested: Int64?, due: Money, authority: VoucherAuthority,
                                 allowance: RedemptionAllowance, terminalID: String, businessDay: BusinessDay,
                                 tenders: [Tender]) throws(StoreError) -> Result<RedemptionHold, LoyaltyError> {
        try write { db in
            let held = try Self.prunedHolds(terminalID: terminalID, tenders: tenders, db)
            let onSale = held.filter { $0.kind == .voucher && $0.reference == code.text }.reduce(0) { $0 + $1.amount }
            let known = try Self.voucher(code: code, db)
            let voucher: Voucher
            switch authority {
            case .hub(nil):
                return .failure(.unknownVoucher(code.text))
            case .hub(let answer?):
                let unsent = try Int64.fetchOne(db, sql: """
                    SELECT coalesce(sum(amount), 0) FROM voucher_movement
                    WHERE code = ? AND event_seq > coalesce((SELECT max(seq) FROM outbox WHERE acknowledged_at IS NOT NULL), 0)
                    """, arguments: [code.text]) ?? 0
                let expires = try? (answer.expiresOn ?? known?.expiresOn?.iso).map { try BusinessDay($0) }
                voucher = Voucher(code: code, balance: answer.balance + unsent - onSale, expiresOn: expires)
            case .offline:
                guard let known else { return .failure(.unknownVoucher(code.text)) }
                voucher = Voucher(code: code, balance: known.balance - onSale, expiresOn: known.expiresOn)
            }
            return try Self.hold(.voucher, offline: authority == .offline, held: held, allowance: allowance, terminalID: terminalID,
                                 businessDay: businessDay, due: due, tenders: tenders, db) { () throws(LoyaltyError) in
                (code.text, try voucher.redemption(requested: requested, due: due, today: businessDay))
            }
        }
    }

    /// Decides whether the customer's points may pay `requested` points (nil: as many as pay the rest)
    /// of the open sale and holds them, as `authorizeVoucher` does. `online` says whether this till's
    /// figures are fresh from the hub; when they are not, the offline allowance applies.
    public func authorizePoints(customerID: String, requested: Int64?, due: Money, program: LoyaltyProgram, online: Bool,
                                allowance: RedemptionAllowance, terminalID: String, businessDay: BusinessDay,
                                tenders: [Tender]) throws(StoreError) -> Result<RedemptionHold, LoyaltyError> {
        try write { db in
            let held = try Self.prunedHolds(terminalID: terminalID, tenders: tenders, db)
            let onSale = held.filter { $0.kind == .points }.reduce(0) { $0 + (Int64($1.reference) ?? 0) }
            let balance = try Self.loyaltyAccount(customerID: customerID, db).balance - onSale
            return try Self.hold(.points, offline: !online, held: held, allowance: allowance, terminalID: terminalID,
                                 businessDay: businessDay, due: due, tenders: tenders, db) { () throws(LoyaltyError) in
                let chosen = try program.redemption(requested: requested, balance: balance, due: due)
                return (String(chosen.points), chosen.amount)
            }
        }
    }

    /// Where the offline allowance stands for the open sale: its own offline holds, and this till's
    /// offline redemptions today and not yet taken in by the hub.
    public func offlineUsage(terminalID: String, businessDay: BusinessDay) throws(StoreError) -> RedemptionAllowance.Usage {
        try read { db in try Self.usage(held: try RedemptionHolds.held(terminalID: terminalID, db), businessDay: businessDay, db) }
    }

    private static func usage(held: [RedemptionHold], businessDay: BusinessDay, _ db: Database) throws -> RedemptionAllowance.Usage {
        let thisSale = held.filter(\.offline).reduce(0) { $0 + $1.amount }
        let today = try Int64.fetchOne(db, sql: "SELECT coalesce(sum(amount), 0) FROM offline_redemption WHERE business_day = ?",
                                       arguments: [businessDay.iso]) ?? 0
        let outstanding = try Int64.fetchOne(db, sql: """
            SELECT coalesce(sum(amount), 0) FROM offline_redemption WHERE \(LedgerSettlement.pending)
            """) ?? 0
        return RedemptionAllowance.Usage(thisSale: thisSale, today: today + thisSale, outstanding: outstanding + thisSale)
    }

    /// The terminal's holds once those whose tender is no longer on the sale (taken off) are dropped.
    private static func prunedHolds(terminalID: String, tenders: [Tender], _ db: Database) throws -> [RedemptionHold] {
        var kept: [RedemptionHold] = []
        for hold in try RedemptionHolds.held(terminalID: terminalID, db) {
            if tenders.indices.contains(hold.position) && hold.matches(tenders[hold.position]) {
                kept.append(hold)
            } else {
                try db.execute(sql: "DELETE FROM redemption_hold WHERE terminal_id = ? AND position = ?", arguments: [terminalID, hold.position])
            }
        }
        return kept
    }

    /// Runs `decide` for the reference and amount, checks an offline one against the allowance, and
    /// holds it at the next tender's place; a refusal changes nothing.
    private static func hold(_ kind: RedemptionHold.Kind, offline: Bool, held: [RedemptionHold], allowance: RedemptionAllowance,
                             terminalID: String, businessDay: BusinessDay, due: Money, tenders: [Tender], _ db: Database,
                             decide: () throws(LoyaltyError) -> (reference: String, amount: Int64)) throws -> Result<RedemptionHold, LoyaltyError> {
        let usage = try usage(held: held, businessDay: businessDay, db)
        let decided: (reference: String, amount: Int64)
        do throws(LoyaltyError) {
            decided = try decide()
            if offline { try allowance.check(Money(minorUnits: decided.amount, currency: due.currency), after: usage) }
        } catch {
            return .failure(error)
        }
        let hold = RedemptionHold(position: tenders.count, kind: kind, reference: decided.reference, amount: decided.amount, offline: offline)
        try db.execute(sql: """
            INSERT INTO redemption_hold (terminal_id, position, kind, reference, amount, offline) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (terminal_id, position) DO UPDATE SET kind = excluded.kind, reference = excluded.reference,
                amount = excluded.amount, offline = excluded.offline
            """, arguments: [terminalID, hold.position, kind.rawValue, hold.reference, hold.amount, offline])
        return .success(hold)
    }
}
