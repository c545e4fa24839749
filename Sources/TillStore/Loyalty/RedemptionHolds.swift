import GRDB
public import TillCore

/// A voucher or points tender authorized for the open sale, and whether the hub vouched for it.
public struct RedemptionHold: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case voucher, points
    }

    /// The tender's place among the sale's tenders.
    public let position: Int
    public let kind: Kind
    /// The voucher's code, or the number of points.
    public let reference: String
    /// Minor units.
    public let amount: Int64
    /// True when the hub could not be asked, so the offline allowance counts it.
    public let offline: Bool

    public init(position: Int, kind: Kind, reference: String, amount: Int64, offline: Bool) {
        self.position = position
        self.kind = kind
        self.reference = reference
        self.amount = amount
        self.offline = offline
    }

    /// The tender the app adds to the sale for this hold.
    public var tender: Tender {
        Tender(kind: kind == .voucher ? .voucher : .points, amount: amount, reference: reference)
    }

    /// Whether `tender` is the one this hold authorized.
    func matches(_ tender: Tender) -> Bool {
        tender == self.tender
    }
}

/// The open sale's holds on this terminal, and the offline redemptions they become at commit.
enum RedemptionHolds {
    /// The holds of the terminal, by position; removed, since the sale that used them is committing.
    static func take(terminalID: String, _ db: Database) throws -> [Int: RedemptionHold] {
        let holds = try held(terminalID: terminalID, db)
        try db.cachedStatement(sql: "DELETE FROM redemption_hold WHERE terminal_id = ?").execute(arguments: [terminalID])
        return Dictionary(uniqueKeysWithValues: holds.map { ($0.position, $0) })
    }

    static func held(terminalID: String, _ db: Database) throws -> [RedemptionHold] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT position, kind, reference, amount, offline FROM redemption_hold WHERE terminal_id = ? ORDER BY position
            """), arguments: [terminalID]).map {
            RedemptionHold(position: $0["position"], kind: RedemptionHold.Kind(rawValue: $0["kind"]) ?? .voucher,
                           reference: $0["reference"], amount: $0["amount"], offline: $0["offline"])
        }
    }

    /// Counts an offline redemption against the allowance, under its sale's outbox event.
    static func countOffline(eventID: String, kind: String, reference: String, amount: Int64, businessDay: String, eventSeq: Int64,
                             _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO offline_redemption (event_id, kind, reference, amount, business_day, event_seq) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [eventID, kind, reference, amount, businessDay, eventSeq])
    }
}

extension Dictionary where Key == Int, Value == RedemptionHold {
    /// Whether the tender at `position` counts as offline: unless a hold says the hub vouched for it,
    /// it does (a sale resumed without its holds is never let off the allowance).
    func offline(at position: Int, kind: String, reference: String, amount: Int64) -> Bool {
        guard let hold = self[position], hold.kind.rawValue == kind, hold.reference == reference, hold.amount == amount else {
            return true
        }
        return hold.offline
    }
}
