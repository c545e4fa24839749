extension Order {
    private enum CodingKeys: String, CodingKey {
        case id, cart, prices, payment, staffID, training
    }

    /// The frozen prices as stored: each line's amounts by line id, since the line itself is in the cart.
    ///
    /// Storing `PricedCart` as it is would write every line twice; the document is encoded inside the
    /// sale commit's transaction, so its size is time at the till.
    private struct StoredPrices: Codable {
        let mode: TaxMode
        let taxExempt: Bool
        let promotions: [AppliedPromotion]
        let orderDiscount: Int64
        let taxLines: [TaxLine]
        let lines: [StoredLine]
    }

    private struct StoredLine: Codable {
        let id: Int
        let gross: Int64
        let lineDiscount: Int64
        let promotionDiscount: Int64
        let orderDiscount: Int64
        let net: Int64
        let tax: [String: Int64]
        let total: Int64
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(cart, forKey: .cart)
        try container.encode(payment, forKey: .payment)
        try container.encode(staffID, forKey: .staffID)
        try container.encode(training, forKey: .training)
        try container.encode(StoredPrices(
            mode: priced.mode, taxExempt: priced.taxExempt, promotions: priced.promotions, orderDiscount: priced.orderDiscount,
            taxLines: priced.taxLines,
            lines: priced.lines.map {
                StoredLine(id: $0.line.id, gross: $0.gross, lineDiscount: $0.lineDiscount, promotionDiscount: $0.promotionDiscount,
                           orderDiscount: $0.orderDiscount, net: $0.net, tax: $0.tax, total: $0.total)
            }), forKey: .prices)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let cart = try container.decode(Cart.self, forKey: .cart)
        let prices = try container.decode(StoredPrices.self, forKey: .prices)
        let linesByID = Dictionary(uniqueKeysWithValues: cart.lines.map { ($0.id, $0) })
        let lines = try prices.lines.map { stored in
            guard let line = linesByID[stored.id] else {
                throw DecodingError.dataCorruptedError(forKey: .prices, in: container,
                                                       debugDescription: "prices name line \(stored.id), which the cart does not have")
            }
            return PricedLine(line: line, gross: stored.gross, lineDiscount: stored.lineDiscount,
                              promotionDiscount: stored.promotionDiscount, orderDiscount: stored.orderDiscount,
                              net: stored.net, tax: stored.tax, total: stored.total)
        }
        self.init(
            id: try container.decode(String.self, forKey: .id), cart: cart,
            priced: PricedCart(currency: cart.currency, mode: prices.mode, taxExempt: prices.taxExempt, lines: lines,
                               promotions: prices.promotions, orderDiscount: prices.orderDiscount, taxLines: prices.taxLines),
            payment: try container.decode(PaymentSummary.self, forKey: .payment),
            staffID: try container.decode(String.self, forKey: .staffID),
            training: try container.decode(Bool.self, forKey: .training))
    }
}
