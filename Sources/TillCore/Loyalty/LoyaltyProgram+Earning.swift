/// The points a sale earns, split as the receipt and the customer's questions need it.
public struct PointsEarned: Hashable, Sendable {
    /// What the spend earns with category and promotion factors.
    public let base: Int64
    /// What the customer's tier adds on top of `base`.
    public let tierBonus: Int64
    /// Fixed bonuses of the promotions that ran.
    public let promotionBonus: Int64

    public init(base: Int64, tierBonus: Int64, promotionBonus: Int64) {
        self.base = base
        self.tierBonus = tierBonus
        self.promotionBonus = promotionBonus
    }

    public var total: Int64 { base + tierBonus + promotionBonus }
}

extension LoyaltyProgram {
    /// The points `order` earns a customer in `tier`, with promotions as they ran at `time`.
    ///
    /// Each line's total (after every discount) is weighted by its category's factor and the factors
    /// of the promotions that match it; the part of the sale paid with points earns nothing. The
    /// weighted spend is converted at the earn rate and rounded down once, for the whole sale, so ten
    /// items at 0.50 earn what one at 5.00 does; the tier then multiplies, rounding down again.
    public func earned(by order: Order, tier: LoyaltyTier?, at time: LocalTime) throws(LoyaltyError) -> PointsEarned {
        try earned(lines: order.priced.lines, paidWithPoints: order.tenders.filter { $0.kind == .points }.reduce(0) { $0 + $1.amount },
                   tier: tier, at: time)
    }

    /// The points `lines` earn when `paidWithPoints` of their total was paid with points.
    public func earned(lines: [PricedLine], paidWithPoints: Int64, tier: LoyaltyTier?, at time: LocalTime) throws(LoyaltyError) -> PointsEarned {
        let running = promotions.filter { $0.windows.allows(time) }
        var weighted: Int64 = 0
        var total: Int64 = 0
        var bonus: Int64 = 0
        for promotion in running where promotion.bonus > 0 && lines.contains(where: { $0.line.owed == nil && promotion.applies(to: $0.line, at: time) }) {
            bonus = try Self.checked { () throws(MoneyError) in try Checked.add(bonus, promotion.bonus) }
        }
        for priced in lines where priced.total > 0 && priced.line.owed == nil {
            let factor = running.filter { $0.applies(to: priced.line, at: time) }
                .reduce(categoryMultiplier(of: priced.line)) { $0.combined(with: $1.multiplier) }
            (weighted, total) = try Self.checked { () throws(MoneyError) in
                (try Checked.add(weighted, try Checked.multiply(priced.total, factor.basisPoints)), try Checked.add(total, priced.total))
            }
        }
        guard total > 0 else { return PointsEarned(base: 0, tierBonus: 0, promotionBonus: bonus) }
        let paying = max(0, total - min(max(paidWithPoints, 0), total))
        let base = try Self.checked { () throws(MoneyError) in
            let earning = try RoundingMode.down.multiplyDivide(weighted, paying, by: total)
            return try RoundingMode.down.multiplyDivide(earning, earn.points, by: try Checked.multiply(earn.amount, 10_000))
        }
        let extra = try Self.checked { () throws(MoneyError) in
            try RoundingMode.down.multiplyDivide(base, (tier?.multiplier.basisPoints ?? 10_000) - 10_000, by: 10_000)
        }
        return PointsEarned(base: base, tierBonus: extra, promotionBonus: bonus)
    }

    /// The category's factor; ×1 for a line without a category or one not listed.
    func categoryMultiplier(of line: CartLine) -> Multiplier {
        line.categoryID.flatMap { categoryMultipliers[$0] } ?? .one
    }

    /// Runs money arithmetic, reporting an overflow as the loyalty error it is.
    static func checked<T>(_ body: () throws(MoneyError) -> T) throws(LoyaltyError) -> T {
        do {
            return try body()
        } catch {
            throw .overflow
        }
    }
}
