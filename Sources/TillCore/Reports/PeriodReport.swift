/// The figures of an X or Z report for one period, worked out once so screen, paper and export agree.
///
/// Sales and refunds are in the terms the customer paid: tax included when prices include it, added
/// when the till adds it. So the summary reads as a sum: gross − discounts + tax added = sales;
/// sales − refunds = net; net + cash rounding = collected, which is also the sum of the tenders.
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
    /// Cash rounding of sales less that of refunds: negative when the shop took less than the totals.
    public let rounding: Int64
    /// Net plus cash rounding: what the tenders took in.
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

    /// Works out the report; refuses rows outside the period, an hour outside the day, a drawer in another
    /// currency, and figures too large to add.
    public init(_ input: ReportInput) throws(ReportError) {
        guard input.from <= input.to else { throw .periodReversed(from: input.from, to: input.to) }
        let period = input.from...input.to
        for sale in input.sales {
            guard period.contains(sale.businessDay) else { throw .outsidePeriod(sale.businessDay) }
            guard (0..<24).contains(sale.hour) else { throw .badHour(sale.hour) }
        }
        if let refund = input.refunds.first(where: { !period.contains($0.businessDay) }) {
            throw .outsidePeriod(refund.businessDay)
        }
        let sales = input.sales.filter { !$0.training }
        let refunds = input.refunds.filter { !$0.training }
        currency = input.currency
        from = input.from
        to = input.to
        salesCount = sales.count
        gross = try ReportMath.sum(sales.map(\.gross))
        discounts = try ReportMath.sum(sales.map(\.discount))
        self.sales = try ReportMath.sum(sales.map(\.total))
        taxAdded = try ReportMath.subtract(self.sales, ReportMath.subtract(gross, discounts))
        self.refunds = Tally(count: refunds.count, amount: try ReportMath.sum(refunds.map(\.total)))
        net = try ReportMath.subtract(self.sales, self.refunds.amount)
        rounding = try ReportMath.subtract(ReportMath.sum(sales.map(\.rounding)), ReportMath.sum(refunds.map(\.rounding)))
        collected = try ReportMath.add(net, rounding)
        taxes = try Self.taxes(sold: sales.flatMap(\.taxes), refunded: refunds.flatMap(\.taxes))
        tenders = try TenderTotal.combine(sales: sales, refunds: refunds)
        cash = try CashReconciliation(input.shifts, currency: input.currency)
        var voids = Tally()
        var voidsByCashier: [String: Tally] = [:]
        for void in input.voids where !void.training {
            try voids.add(void.value)
            try voidsByCashier[void.staffID, default: Tally()].add(void.value)
        }
        self.voids = voids
        self.voidsByCashier = voidsByCashier
        priceOverrides = sales.reduce(0) { $0 + $1.priceOverrides }
        approvals = input.approvals
        noSales = input.shifts.reduce(0) { $0 + $1.movements.count(where: { $0.kind == .noSale }) }
        trainingSales = input.sales.count - sales.count
        analysis = try SalesAnalysis(sales: sales, refunds: refunds, activeMinutes: input.activeMinutes)
    }

    /// Tax lines summed by code and rate, refunds taken off, ordered by code then rate.
    private static func taxes(sold: [TaxLine], refunded: [TaxLine]) throws(ReportError) -> [TaxLine] {
        struct Key: Hashable {
            let code: String
            let rate: TaxRate
        }
        var bases: [Key: Int64] = [:]
        var taxes: [Key: Int64] = [:]
        for line in sold {
            try bases.add(line.base, to: Key(code: line.code, rate: line.rate))
            try taxes.add(line.tax, to: Key(code: line.code, rate: line.rate))
        }
        for line in refunded {
            try bases.subtract(line.base, from: Key(code: line.code, rate: line.rate))
            try taxes.subtract(line.tax, from: Key(code: line.code, rate: line.rate))
        }
        return bases.keys.sorted { $0.code != $1.code ? $0.code < $1.code : $0.rate < $1.rate }.map {
            TaxLine(code: $0.code, rate: $0.rate, base: bases[$0] ?? 0, tax: taxes[$0] ?? 0)
        }
    }
}
