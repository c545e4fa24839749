/// The tax a sale owes for one tax class: the taxable base and the tax on it.
public struct TaxLine: Hashable, Codable, Sendable {
    public let code: String
    public let rate: TaxRate
    /// The amount before this tax (net of every tax the lines carry).
    public let base: Int64
    public let tax: Int64

    public init(code: String, rate: TaxRate, base: Int64, tax: Int64) {
        self.code = code
        self.rate = rate
        self.base = base
        self.tax = tax
    }
}

/// A priced amount and the tax classes it carries, as the calculator's input.
public struct TaxableAmount: Hashable, Sendable {
    /// In price-list terms: tax included when the store prices inclusively.
    public let amount: Int64
    public let codes: [String]

    public init(amount: Int64, codes: [String]) {
        self.amount = amount
        self.codes = codes
    }
}

/// The tax of a whole sale: one entry per input amount, and the summary lines by class.
public struct TaxBreakdown: Hashable, Sendable {
    /// Tax per input amount, in input order; each entry's values add up to its share of `lines`.
    public let perAmount: [[String: Int64]]
    /// By class code, sorted by code.
    public let lines: [TaxLine]
    public var total: Int64 { lines.reduce(0) { $0 + $1.tax } }
}

/// Computes tax under a `TaxPolicy`, exactly, in minor units.
///
/// Several taxes on one item are each computed on the same base (not compounded). Inclusive:
/// tax = amount × r / (1 + Σr). Exclusive: tax = amount × r. Per-line rounding rounds each line's tax;
/// per-total rounding rounds once per class over all lines with the same set of classes, then spreads
/// the result back over the lines by largest remainder, so lines always add up to the summary.
public struct TaxCalculator: Sendable {
    public let table: TaxTable
    public let policy: TaxPolicy

    public init(table: TaxTable, policy: TaxPolicy) {
        self.table = table
        self.policy = policy
    }

    public func compute(_ amounts: [TaxableAmount]) throws(TaxError) -> TaxBreakdown {
        var perAmount = Array(repeating: [String: Int64](), count: amounts.count)
        switch policy.rounding {
        case .perLine:
            for (index, item) in amounts.enumerated() {
                perAmount[index] = try taxes(on: item.amount, codes: item.codes)
            }
        case .perTotal:
            let groups = Dictionary(grouping: amounts.indices) { Set(amounts[$0].codes) }
            for (codes, members) in groups.sorted(by: { $0.key.sorted().lexicographicallyPrecedes($1.key.sorted()) }) {
                let groupAmount = try money { () throws(MoneyError) in try Checked.sum(members.map { amounts[$0].amount }) }
                let groupTax = try taxes(on: groupAmount, codes: Array(codes))
                for (code, tax) in groupTax {
                    let shares = try money { () throws(MoneyError) in
                        try Allocation.split(tax, weights: members.map { Int64(clamping: amounts[$0].amount.magnitude) })
                    }
                    for (member, share) in zip(members, shares) { perAmount[member][code] = share }
                }
            }
        }
        return TaxBreakdown(perAmount: perAmount, lines: try summarize(amounts, perAmount))
    }

    /// Each class's tax on one amount, rounded once each.
    func taxes(on amount: Int64, codes: [String]) throws(TaxError) -> [String: Int64] {
        let rates = try codes.map { code throws(TaxError) in (code, try table.rate(code)) }
        let combined = rates.reduce(0) { $0 + $1.1.millionths }
        let denominator = policy.mode == .inclusive ? TaxRate.scale + combined : TaxRate.scale
        var result: [String: Int64] = [:]
        for (code, rate) in rates {
            result[code] = try money { () throws(MoneyError) in
                try policy.roundingMode.multiplyDivide(amount, rate.millionths, by: denominator)
            }
        }
        return result
    }

    private func summarize(_ amounts: [TaxableAmount], _ perAmount: [[String: Int64]]) throws(TaxError) -> [TaxLine] {
        var base: [String: Int64] = [:]
        var tax: [String: Int64] = [:]
        for (item, taxes) in zip(amounts, perAmount) {
            let allTax = taxes.values.reduce(0, +)
            let net = policy.mode == .inclusive ? item.amount - allTax : item.amount
            for code in item.codes {
                base[code, default: 0] += net
                tax[code, default: 0] += taxes[code] ?? 0
            }
        }
        return try base.keys.sorted().map { code throws(TaxError) in
            TaxLine(code: code, rate: try table.rate(code), base: base[code] ?? 0, tax: tax[code] ?? 0)
        }
    }

    private func money<T>(_ body: () throws(MoneyError) -> T) throws(TaxError) -> T {
        do { return try body() } catch { throw .money(error) }
    }
}
