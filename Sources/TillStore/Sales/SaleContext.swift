/// What the store needs to know about a completed sale besides the order itself.
///
/// Times and ids are given by the caller (the app's clock, a UUID), so commits are deterministic under test.
public struct SaleContext: Hashable, Sendable {
    public let terminalID: String
    /// When the sale completed, ISO 8601 in UTC ("2026-11-24T09:30:00.000Z").
    public let completedAt: String
    /// The store's local business day the sale counts for ("2026-11-24").
    public let businessDay: String
    public let shiftID: String?
    /// Where stock leaves from.
    public let locationID: String
    /// Loyalty points the sale earns (the loyalty rules decide); 0 for none.
    public let loyaltyPoints: Int64
    /// The outbox event's id: a UUID, so the hub can apply it exactly once.
    public let eventID: String
    /// The printer the receipt is queued for in the sale's own transaction; nil on a lane without one.
    public let receiptPrinter: String?
    /// The restaurant check the sale pays, as the lane held it (its base is what was billed), closed
    /// in the sale's own transaction under the change's revision; nil for a counter sale.
    public let check: CheckChange?

    public init(terminalID: String, completedAt: String, businessDay: String, shiftID: String? = nil,
                locationID: String = "floor", loyaltyPoints: Int64 = 0, eventID: String, receiptPrinter: String? = nil,
                check: CheckChange? = nil) {
        self.terminalID = terminalID
        self.completedAt = completedAt
        self.businessDay = businessDay
        self.shiftID = shiftID
        self.locationID = locationID
        self.loyaltyPoints = loyaltyPoints
        self.eventID = eventID
        self.receiptPrinter = receiptPrinter
        self.check = check
    }
}

/// A sale as the store committed it: its gapless receipt number and, for real sales, its outbox sequence.
public struct CommittedSale: Hashable, Sendable {
    public let orderID: String
    public let receiptNumber: Int64
    public let training: Bool
    /// The sale's place in this terminal's outbox; nil for training sales, which never sync.
    public let outboxSequence: Int64?
}
