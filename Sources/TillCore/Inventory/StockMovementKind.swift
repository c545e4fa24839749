/// Why stock moved, as every movement in the ledger records it; a level is the sum of its movements.
///
/// The raw values are stored and synced, so they never change.
public enum StockMovementKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// Sold at the till.
    case sale
    /// Brought back by a customer.
    case refund
    /// Goods received from a supplier.
    case receipt
    /// Written up or down with a reason (damage, theft, …).
    case adjustment
    /// Sent away to another location, in transit until received.
    case transferOut = "transfer-out"
    /// Received from another location.
    case transferIn = "transfer-in"
    /// The variance a posted count found.
    case count

    /// Words for a list of movements.
    public var label: String {
        switch self {
        case .sale: "sale"
        case .refund: "refund"
        case .receipt: "receipt"
        case .adjustment: "adjustment"
        case .transferOut: "transfer out"
        case .transferIn: "transfer in"
        case .count: "count"
        }
    }
}
