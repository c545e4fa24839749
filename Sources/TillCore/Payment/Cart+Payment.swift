extension Cart {
    /// Takes a tender and returns where the payment stands.
    ///
    /// Cash may exceed what is due (the difference is change); other tenders may not, since change is
    /// only ever given in cash. A zero cash tender is accepted only when rounding leaves nothing to pay.
    @discardableResult
    public mutating func addTender(_ kind: TenderKind, amount: Int64, reference: String? = nil, context: PricingContext) throws(CartError) -> PaymentSummary {
        guard !isEmpty else { throw .emptyCart }
        let before = try payment(context)
        guard !before.isComplete else { throw .alreadyPaid }
        let cashDue = try cartMoney { () throws(MoneyError) in try before.cashDue(increment: context.cashIncrement) }
        guard amount > 0 || (kind.isCash && amount == 0 && cashDue == 0) else {
            throw .badTender("the amount must be above zero")
        }
        if !kind.isCash && amount > before.remaining {
            throw .tenderExceedsDue(due: Money(minorUnits: before.remaining, currency: currency),
                                    offered: Money(minorUnits: amount, currency: currency))
        }
        if !kind.paysGiftCards { try refuseGiftCardLoads(by: kind, amount: amount, context: context) }
        tenders.append(Tender(kind: kind, amount: amount, reference: reference))
        return try payment(context)
    }

    /// Refuses `amount` by a voucher, points or store credit beyond the goods: value on a gift card is
    /// bought with money, never with another card's value.
    private func refuseGiftCardLoads(by kind: TenderKind, amount: Int64, context: PricingContext) throws(CartError) {
        let most = try storedValueDue(context)
        guard amount > most else { return }
        throw .badTender("gift cards are paid in cash or by card; \(kind) can pay at most "
                         + "\(Money(minorUnits: most, currency: currency).formatted()) more (the goods)")
    }

    /// What a voucher, points or store credit may still pay: what is left to pay, less the gift cards
    /// being loaded that such tenders have not already been kept off.
    public func storedValueDue(_ context: PricingContext) throws(CartError) -> Int64 {
        let priced = try context.price(self)
        let loads = priced.lines.filter(\.line.isGiftCard).reduce(0) { $0 + $1.total }
        let stored = tenders.filter { !$0.kind.paysGiftCards }.reduce(0) { $0 + $1.amount }
        let remaining = try payment(priced, context).remaining
        return max(0, min(remaining, priced.total - loads - stored))
    }

    /// Where the payment stands, priced with `context`.
    public func payment(_ context: PricingContext) throws(CartError) -> PaymentSummary {
        try payment(try context.price(self), context)
    }

    /// Where the payment stands on `priced`, this cart as `context` priced it.
    private func payment(_ priced: PricedCart, _ context: PricingContext) throws(CartError) -> PaymentSummary {
        try cartMoney { () throws(MoneyError) in
            try PaymentSummary(total: priced.total, tenders: tenders, cashIncrement: context.cashIncrement)
        }
    }
}
