/// A completed, paid sale: the cart as it was, its frozen prices and its payment.
///
/// Receipt numbers and timestamps are the store's to assign when it commits the order.
public struct Order: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public let cart: Cart
    public let priced: PricedCart
    public let payment: PaymentSummary
    public let staffID: String
    public let training: Bool

    public init(id: String, cart: Cart, priced: PricedCart, payment: PaymentSummary, staffID: String, training: Bool) {
        self.id = id
        self.cart = cart
        self.priced = priced
        self.payment = payment
        self.staffID = staffID
        self.training = training
    }

    public var tenders: [Tender] { cart.tenders }
    public var currency: Currency { cart.currency }
}

extension Cart {
    /// Freezes a fully paid cart into an order.
    public func complete(id: String, staffID: String, training: Bool = false, context: PricingContext) throws(CartError) -> Order {
        guard !isEmpty else { throw .emptyCart }
        let priced = try context.price(self)
        let payment = try cartMoney { () throws(MoneyError) in
            try PaymentSummary(total: priced.total, tenders: tenders, cashIncrement: context.cashIncrement)
        }
        guard payment.isComplete else { throw .notPaid(remaining: Money(minorUnits: payment.remaining, currency: currency)) }
        return Order(id: id, cart: self, priced: priced, payment: payment, staffID: staffID, training: training)
    }
}
