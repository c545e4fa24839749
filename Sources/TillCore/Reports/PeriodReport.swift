/// The figures of an X or Z report for one period, worked out once so screen, paper and export agree.
///
/// Sales and refunds are in the terms the customer paid: tax included when prices include it, added
/// when the till adds it. So the summary reads as a sum: gross − discounts + tax added = sales;
/// sales − refunds = net; net + gift cards sold + tips + cash rounding = collected, which is also
/// the sum of the tenders. Value loaded onto gift cards is owed to their holders and tips to the
/// servers, not sales: each is counted on its own line.
/// Training sales, refunds and voids count for nothing; only the number of training sales is shown.
public struct PeriodReport: Hashable, Sendable {
    public let currency: Currency
    public let from: BusinessDay
    public let to: BusinessDay
    public let salesCount: Int
    /// Quantity × price before discounts, in price-list terms.
    public let gross: Int64
    public let discounts: Int64
    /// Tax added on top of price-list amounts (zero when prices include tax; negative for a tax-exempt
    /// sale at tax-inclusive prices, whose tax is taken off).
    public let taxAdded: Int64
    /// What the sales came to before cash rounding.
    public let sales: Int64
    public let refunds: Tally
    /// Sales less refunds.
    public let net: Int64
    /// Value loaded onto gift cards, and on how many.
    public let giftCards: Tally
    /// Tips taken for the servers, in all and by server's staff id.
    public let tips: Tally
    public let tipsByServer: [String: Tally]
    /// Cash rounding of sales less that of refunds: negative when the shop took less than the totals.
    public let rounding: Int64
    /// Net plus gift cards sold plus tips plus cash rounding: what the tenders took in.
    public let collected: Int64
    /// By tax code and rate: sales minus refunds, base and tax.
    public let taxes: [TaxLine]
    public let tenders: [TenderTotal]
    public let cash: CashReconciliation
    /// Voided lines and abandoned sales, by value at the price rung up.
    public let voids: Tally
    /// Voids by the cashier who made them, by staff id.
    public let voidsByCashier: [String: Tally]
    public let priceOverrides: Int
    public let approvals: Int
    /// Drawer openings without a sale.
    public let noSales: Int
    /// Training sales left out of every other figure.
    public let trainingSales: Int
    public let analysis: SalesAnalysis

    /// Works out the report; refuses counts outside the period, an hour outside the day, a drawer in
    /// another currency, and figures too large to add.
    public init(_ input: ReportInput) throws(ReportError) {
        guard input.from <= input.to else { throw .periodReversed(from: input.from, to: input.to) }
        let period = input.from...input.to
        for count in input.sales {
            guard period.contains(count.businessDay) else { throw .outsidePeriod(count.businessDay) }
            guard (0..<24).contains(count.hour) else { throw .badHour(count.hour) }
        }
        if let refund = input.refunds.first(where: { !period.contains($0.businessDay) }) {
            throw .outsidePeriod(refund.businessDay)
        }
        let sales = input.sales.filter { !$0.training }
        let refunds = input.refunds.filter { !$0.training }
        let sold = try SaleFigures.sum(sales.map(\.figures))
        currency = input.currency
        from = input.from
        to = input.to
        salesCount = sold.sales
        gross = sold.gross
        discounts = sold.discount
        self.sales = sold.total
        taxAdded = try ReportMath.subtract(self.sales, ReportMath.subtract(gross, discounts))
        var refunded = Tally()
        for refund in refunds { try refunded.add(count: refund.refunds, amount: refund.total) }
        self.refunds = refunded
        net = try ReportMath.subtract(self.sales, refunded.amount)
        rounding = try ReportMath.subtract(sold.rounding, ReportMath.sum(refunds.map(\.rounding)))
        giftCards = sold.giftCards
        var tips = Tally()
        var tipsByServer: [String: Tally] = [:]
        for count in input.tips where !count.training {
            guard period.contains(count.businessDay) else { throw .outsidePeriod(count.businessDay) }
            try tips.add(count: count.tips.count, amount: count.tips.amount)
            try tipsByServer[count.serverID, default: Tally()].add(count: count.tips.count, amount: count.tips.amount)
        }
        self.tips = tips
        self.tipsByServer = tipsByServer
        collected = try ReportMath.sum([net, giftCards.amount, tips.amount, rounding])
        taxes = try Self.taxes(input.taxes.filter { !$0.training })
        tenders = try TenderTotal.combine(input.tenders.filter { !$0.training }, change: sold.change)
        cash = try CashReconciliation(input.shifts, currency: input.currency)
        var voids = Tally()
        var voidsByCashier: [String: Tally] = [:]
        for void in input.voids where !void.training {
            let value = try void.value(rounding: input.rounding)
            try voids.add(count: void.lines, amount: value)
            try voidsByCashier[void.staffID, default: Tally()].add(count: void.lines, amount: value)
        }
        self.voids = voids
        self.voidsByCashier = voidsByCashier
        priceOverrides = sold.priceOverrides
        approvals = input.approvals
        noSales = input.shifts.reduce(0) { $0 + $1.movements.count(where: { $0.kind == .noSale }) }
        trainingSales = try SaleFigures.sum(input.sales.filter(\.training).map(\.figures)).sales
        analysis = try SalesAnalysis(sales: sales, refunds: refunds, items: input.items.filter { !$0.training }.map(\.item),
                                     activeMinutes: input.activeMinutes)
    }

    /// Tax counts summed by code and rate, refunds taken off, ordered by code then rate.
    private static func taxes(_ counts: [TaxCount]) throws(ReportError) -> [TaxLine] {
        struct Key: Hashable {
            let code: String
            let rate: TaxRate
        }
        var bases: [Key: Int64] = [:]
        var taxes: [Key: Int64] = [:]
        for count in counts {
            let key = Key(code: count.line.code, rate: count.line.rate)
            if count.refund {
                try bases.subtract(count.line.base, from: key)
                try taxes.subtract(count.line.tax, from: key)
            } else {
                try bases.add(count.line.base, to: key)
                try taxes.add(count.line.tax, to: key)
            }
        }
        return bases.keys.sorted { $0.code != $1.code ? $0.code < $1.code : $0.rate < $1.rate }.map {
            TaxLine(code: $0.code, rate: $0.rate, base: bases[$0] ?? 0, tax: taxes[$0] ?? 0)
        }
    }
}
