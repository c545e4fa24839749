extension Cart {
    /// Charges `basisPoints` of the goods (after discounts, before the charge itself; gift cards and
    /// tips are not goods) as one line named `name` and taxed `taxCodes`; 0 takes the charge off.
    public mutating func chargeService(basisPoints: Int64, name: String, taxCodes: [String], context: PricingContext) throws(CartError) {
        var without = self
        try without.setServiceCharge(nil, name: name, taxCodes: taxCodes)
        let goods = try context.price(without).lines.filter { $0.line.owed == nil }.reduce(0) { $0 + $1.total }
        let amount = try cartMoney { () throws(MoneyError) in try context.rounding.multiplyDivide(goods, basisPoints, by: 10_000) }
        try setServiceCharge(amount, name: name, taxCodes: taxCodes)
    }
}
