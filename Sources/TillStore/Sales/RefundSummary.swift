/// A stored refund as lists and reports see it, without decoding its document.
public struct RefundSummary: Hashable, Sendable {
    public let id: String
    public let refundNumber: Int64
    /// The sale refunded, nil for a return without a receipt.
    public let originalSaleID: String?
    /// That sale's receipt number, for the list to show.
    public let originalReceiptNumber: Int64?
    /// What the lines gave back (`paidBack` less cash rounding).
    public let total: Int64
    /// What went back across the counter, all tenders together.
    public let paidBack: Int64
    public let completedAt: String
}
