extension Check {
    /// Takes a tender towards the check, as a sale takes it.
    @discardableResult
    public mutating func addTender(_ kind: TenderKind, amount: Int64, reference: String? = nil,
                                   context: PricingContext) throws(CheckError) -> PaymentSummary {
        try checkCart { () throws(CartError) in try cart.addTender(kind, amount: amount, reference: reference, context: context) }
    }

    /// Takes back the last tender (a declined card reversed).
    public mutating func removeLastTender() throws(CheckError) {
        try checkCart { () throws(CartError) in try cart.removeLastTender() }
    }

    /// Sets or clears the discount on the whole check.
    public mutating func discount(_ discount: Discount?) throws(CheckError) {
        try checkCart { () throws(CartError) in try cart.discountOrder(discount) }
    }
}
