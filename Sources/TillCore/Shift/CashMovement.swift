public import Foundation

/// Cash that entered or left the drawer outside a sale, or a drawer opened with none, kept for the audit.
///
/// Each movement names who did it, when, and why; the reason is what a manager reads on the X report
/// when the drawer does not balance. Whether the person was allowed to is the permission policy's
/// question, asked before the movement is made.
public struct CashMovement: Hashable, Codable, Sendable, Identifiable {
    public enum Kind: String, Codable, Sendable, CustomStringConvertible {
        /// Cash put in: a change top-up from the safe.
        case paidIn = "paid-in"
        /// Cash taken out: petty expenses, a supplier paid at the door.
        case paidOut = "paid-out"
        /// The drawer opened with no sale; no cash moves, but the opening is recorded.
        case noSale = "no-sale"

        public var description: String {
            switch self {
            case .paidIn: "paid in"
            case .paidOut: "paid out"
            case .noSale: "no-sale"
            }
        }
    }

    public let id: String
    public let kind: Kind
    /// Always positive for paid in and paid out, zero for a no-sale.
    public let amount: Money
    public let reason: String
    public let staffID: String
    public let at: Date

    /// What this movement does to the cash in the drawer: + paid in, − paid out, 0 for a no-sale.
    public var drawerEffect: Money {
        switch kind {
        case .paidIn, .noSale: amount
        case .paidOut: Money(minorUnits: -amount.minorUnits, currency: amount.currency)
        }
    }

    /// A movement with a reason, a positive amount for paid in and out, and no amount for a no-sale.
    public init(id: String, kind: Kind, amount: Money, reason: String, staffID: String, at: Date) throws(ShiftError) {
        switch kind {
        case .paidIn, .paidOut:
            guard amount.minorUnits > 0 else { throw .amountNotPositive(what: "\(kind) amount") }
        case .noSale:
            guard amount.isZero else { throw .noSaleWithAmount }
        }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .reasonMissing(kind) }
        self.id = id
        self.kind = kind
        self.amount = amount
        self.reason = trimmed
        self.staffID = staffID
        self.at = at
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, amount, reason, staffID, at
    }

    /// Decodes through the validating initialiser, so a stored paid out cannot be negative.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(String.self, forKey: .id),
            kind: container.decode(Kind.self, forKey: .kind),
            amount: container.decode(Money.self, forKey: .amount),
            reason: container.decode(String.self, forKey: .reason),
            staffID: container.decode(String.self, forKey: .staffID),
            at: container.decode(Date.self, forKey: .at)
        )
    }
}
