/// What a manager must look at for a store: events the hub kept without applying, stock that went
/// below zero, vouchers offline redemptions overdrew, and terminals whose clocks run ahead of the hub
/// by more than the drift it accepts.
public struct HubReport: Hashable, Sendable {
    public let rejectedEvents: [RejectedEvent]
    public let stockExceptions: [StockException]
    public let clocksAhead: [TerminalClock]
    public let voucherExceptions: [VoucherException]

    public init(rejectedEvents: [RejectedEvent], stockExceptions: [StockException], clocksAhead: [TerminalClock],
                voucherExceptions: [VoucherException] = []) {
        self.rejectedEvents = rejectedEvents
        self.stockExceptions = stockExceptions
        self.clocksAhead = clocksAhead
        self.voucherExceptions = voucherExceptions
    }

    /// A voucher or gift card below zero now: lanes redeemed it offline, each within its allowance.
    public struct VoucherException: Hashable, Sendable {
        public let code: String
        /// Minor units, now.
        public let balance: Int64
        /// The redemption that last took it below zero.
        public let eventID: String
        /// When the hub applied it, ISO 8601 UTC.
        public let at: String
    }

    /// An event acknowledged but not applied.
    public struct RejectedEvent: Hashable, Sendable {
        public let terminalID: String
        public let epoch: Int64
        public let seq: Int64
        public let eventID: String
        public let kind: String
        public let reason: String
        /// When the hub received it, ISO 8601 UTC.
        public let receivedAt: String
    }

    /// A stock level below zero now: a mis-receipt, theft or a mis-scan to look into.
    public struct StockException: Hashable, Sendable {
        public let productID: String
        public let locationID: String
        /// Thousandths of the product's unit, now.
        public let quantity: Int64
        /// The event that took the level below zero (the last time it went under).
        public let eventID: String
        /// When the hub applied that event, ISO 8601 UTC.
        public let at: String
    }

    /// A terminal whose latest push ran ahead of the hub's clock.
    public struct TerminalClock: Hashable, Sendable {
        public let terminalID: String
        public let epoch: Int64
        public let aheadMillis: Int64
    }
}
