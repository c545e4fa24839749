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
        tenders.append(Tender(kind: kind, amount: amount, reference: reference))
        return try payment(context)
    }

    /// Where the payment stands, priced with `context`.
    public func payment(_ context: PricingContext) throws(CartError) -> PaymentSummary {
        let priced = try context.price(self)
        return try cartMoney { () throws(MoneyError) in
            try PaymentSummary(total: priced.total, tenders: tenders, cashIncrement: context.cashIncrement)
        }
    }
}
