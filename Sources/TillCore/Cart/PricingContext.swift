/// The store's pricing rules in one value: tax, promotions and cash rounding, applied the same way everywhere.
public struct PricingContext: Sendable {
    public let currency: Currency
    public let tax: TaxCalculator
    public let promotions: PromotionEngine
    /// The smallest cash step (5 for 0.05 in Switzerland); 1 means no cash rounding.
    public let cashIncrement: Int64

    public init(currency: Currency, tax: TaxCalculator, promotions: [Promotion] = [], cashIncrement: Int64 = 1) {
        self.currency = currency
        self.tax = tax
        self.promotions = PromotionEngine(promotions: promotions, rounding: tax.policy.roundingMode)
        self.cashIncrement = max(1, cashIncrement)
    }

    public var rounding: RoundingMode { tax.policy.roundingMode }

    /// Every amount of the cart: line discounts, then promotions, then the order discount, then tax.
    /// Gift card lines take none of them: they load what they say.
    public func price(_ cart: Cart) throws(CartError) -> PricedCart {
        let lines = cart.activeLines
        let rounding = rounding
        let currency = currency
        let grosses = try lines.map { line throws(CartError) in try cartMoney { () throws(MoneyError) in try line.gross(rounding: rounding) } }
        let lineDiscounts = try zip(lines, grosses).map { line, gross throws(CartError) in
            try line.discount?.value(on: gross, currency: currency, rounding: rounding) ?? 0
        }
        let promoted = try cartMoney { () throws(MoneyError) in try promotions.apply(to: lines, grosses: grosses, at: cart.openedAt) }
        let beforeOrder = zip(grosses, zip(lineDiscounts, promoted.perLine)).map { $0 - $1.0 - $1.1 }
        let goods = zip(lines, beforeOrder).map { $0.owed != nil ? 0 : $1 }
        let subtotal = try cartMoney { () throws(MoneyError) in try Checked.sum(goods) }
        let orderDiscount = try cart.orderDiscount.map { discount throws(CartError) in
            try discount.value(on: subtotal, currency: currency, rounding: rounding)
        } ?? 0
        let orderShares = lines.isEmpty ? [] : try cartMoney { () throws(MoneyError) in
            try Allocation.split(orderDiscount, weights: goods.map { max(0, $0) })
        }
        let nets = zip(beforeOrder, orderShares).map { $0 - $1 }
        let breakdown: TaxBreakdown
        do {
            let substitutes = cart.taxSubstitutes ?? [:]
            breakdown = try tax.compute(zip(lines, nets).map { line, net in
                TaxableAmount(amount: net, codes: line.taxCodes.map { substitutes[$0] ?? $0 })
            })
        } catch {
            throw .tax(error)
        }
        let inclusive = tax.policy.mode == .inclusive
        var priced: [PricedLine] = []
        for index in lines.indices {
            let lineTax = cart.taxExempt ? [:] : breakdown.perAmount[index]
            let total: Int64
            switch (inclusive, cart.taxExempt) {
            case (true, false), (false, true): total = nets[index]
            case (true, true): total = nets[index] - breakdown.perAmount[index].values.reduce(0, +)
            case (false, false): total = nets[index] + lineTax.values.reduce(0, +)
            }
            priced.append(PricedLine(
                line: lines[index], gross: grosses[index], lineDiscount: lineDiscounts[index],
                promotionDiscount: promoted.perLine[index], orderDiscount: orderShares[index],
                net: nets[index], tax: lineTax, total: total))
        }
        _ = try cartMoney { () throws(MoneyError) in
            try Checked.sum(priced.map(\.total) + priced.map(\.gross) + priced.map(\.discountTotal))
        }
        return PricedCart(
            currency: currency, mode: tax.policy.mode, taxExempt: cart.taxExempt, lines: priced,
            promotions: promoted.applied, orderDiscount: orderDiscount,
            taxLines: cart.taxExempt ? [] : breakdown.lines)
    }
}
