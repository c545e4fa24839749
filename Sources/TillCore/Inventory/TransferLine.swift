/// One product on a transfer: what left one location and what arrived at the other.
///
/// Goods leave the sending location when the transfer is sent and arrive when it is received; what
/// went missing on the way (sent more than received) is the discrepancy, kept on the transfer for a
/// manager rather than booked silently.
public struct TransferLine: Hashable, Sendable, Codable {
    public let productID: ProductID
    public let label: String
    public let sent: Quantity
    /// Nil while in transit.
    public let received: Quantity?

    public init(productID: ProductID, label: String, sent: Quantity, received: Quantity? = nil) {
        self.productID = productID
        self.label = label
        self.sent = sent
        self.received = received
    }

    /// Sent less received: positive when goods went missing, negative when more arrived; nil in transit.
    public var discrepancy: Quantity? {
        received.map { Quantity(thousandths: sent.thousandths - $0.thousandths) }
    }

    /// "Croissant: 2 short" or "Croissant: 1 over"; nil when it arrived as sent or is in transit.
    public var discrepancyText: String? {
        guard let discrepancy, discrepancy.thousandths != 0 else { return nil }
        return discrepancy.thousandths > 0 ? "\(label): \(discrepancy.formatted) short"
            : "\(label): \(Quantity(thousandths: -discrepancy.thousandths).formatted) over"
    }

    /// The lines as received: each as sent unless the receiver counted something else, so only a
    /// difference needs typing; a product counted that was never sent is refused.
    public static func receive(_ lines: [TransferLine], counted: [ProductID: Quantity], transfer: String,
                               labels: [ProductID: String] = [:]) throws(InventoryError) -> [TransferLine] {
        for (product, quantity) in counted {
            guard lines.contains(where: { $0.productID == product }) else {
                throw .notOnTransfer(product: labels[product] ?? product.rawValue, transfer: transfer)
            }
            guard quantity.thousandths >= 0 else {
                throw .badQuantity(quantity.formatted, signed: false)
            }
        }
        return lines.map { TransferLine(productID: $0.productID, label: $0.label, sent: $0.sent, received: counted[$0.productID] ?? $0.sent) }
    }
}
