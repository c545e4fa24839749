/// Why a refund was refused.
public enum RefundError: Error, Equatable, Sendable {
    case noSuchLine(Int)
    case quantityExceeds(line: Int, refundable: Quantity)
    case nothingToRefund
    case notRefundable(Int)
    case cart(CartError)
    case money(MoneyError)

    public var message: String {
        switch self {
        case .noSuchLine(let id): "the original sale has no line \(id)"
        case .quantityExceeds(let line, let refundable): "line \(line): only \(refundable.formatted) left to refund"
        case .nothingToRefund: "nothing left to refund on this sale"
        case .notRefundable(let id): "line \(id) is a gift card's value or a tip: it stays with the card or the server"
        case .cart(let error): error.message
        case .money(let error): "amount: \(error)"
        }
    }
}

/// One returned line and what it gives back, in positive amounts.
public struct RefundLine: Hashable, Codable, Sendable {
    /// The original order's line, or nil for a return without receipt.
    public let lineID: Int?
    public let productID: ProductID
    public let name: String
    public let quantity: Quantity
    /// What the customer gets back for this line (tax included).
    public let amount: Int64
    public let tax: [String: Int64]
}

/// Money going back to a customer: lines, tax, tenders, and whether it needs a supervisor.
public struct Refund: Hashable, Codable, Sendable {
    public let originalOrderID: String?
    public let currency: Currency
    public let lines: [RefundLine]
    public let taxLines: [TaxLine]
    /// Σ line amounts.
    public let total: Int64
    /// Cash rounding given back or kept (added to `total` in `tenders`).
    public let rounding: Int64
    /// How the money goes back, summing to `total + rounding`.
    public let tenders: [Tender]
    /// No receipt: needs the refund-without-receipt permission.
    public let withoutReceipt: Bool
    /// Every line of the original, in full, in one refund.
    public let isFull: Bool
}
