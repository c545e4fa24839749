/// Applies automatic promotions to a sale, choosing the combination that is best for the customer.
///
/// Each item unit can take part in one promotion only. Lines with a manual discount or a price
/// override are left out. When promotions compete for the same units, every order of applying them is
/// tried (up to `exhaustiveLimit` promotions; beyond that, the listed order) and the largest total
/// discount wins, the earliest order on ties, so the same cart always gets the same result.
public struct PromotionEngine: Sendable {
    public let promotions: [Promotion]
    public let rounding: RoundingMode
    public static let exhaustiveLimit = 6

    public init(promotions: [Promotion], rounding: RoundingMode = .halfUp) {
        self.promotions = promotions
        self.rounding = rounding
    }

    /// The promotion discount per line (keyed by index into `lines`) and the promotions applied.
    ///
    /// - Parameter grosses: each line's amount before promotions, in the same order as `lines`.
    public func apply(to lines: [CartLine], grosses: [Int64], at time: LocalTime) throws(MoneyError) -> PromotionResult {
        var units: [Unit] = []
        for (index, line) in lines.enumerated() where line.priceOverride == nil && line.discount == nil && line.owed == nil {
            if let count = line.quantity.wholeCount, line.pricedPer.wholeCount == 1 {
                let prices = try Allocation.split(grosses[index], weights: Array(repeating: 1, count: Int(count)))
                units += prices.map { Unit(line: index, price: $0, countable: true) }
            } else {
                units.append(Unit(line: index, price: grosses[index], countable: false))
            }
        }
        let active = promotions.filter { $0.windows.allows(time) }
        var best = Outcome()
        for order in Self.orders(of: active.count) {
            var outcome = Outcome()
            for index in order {
                try apply(active[index], to: lines, units: units, outcome: &outcome)
            }
            if outcome.total > best.total { best = outcome }
        }
        var perLine = Array(repeating: Int64(0), count: lines.count)
        for (unit, discount) in best.unitDiscounts { perLine[units[unit].line] += discount }
        let applied = active.compactMap { promotion in
            best.byPromotion[promotion.id].map { AppliedPromotion(promotionID: promotion.id, name: promotion.name, discount: $0) }
        }
        return PromotionResult(perLine: perLine, applied: applied)
    }

    private func apply(_ promotion: Promotion, to lines: [CartLine], units: [Unit], outcome: inout Outcome) throws(MoneyError) {
        let free = units.indices.filter { outcome.unitDiscounts[$0] == nil }
        let matching = { (selector: ItemSelector) in free.filter { selector.matches(lines[units[$0].line]) } }
        let byPriceDescending = { (a: Int, b: Int) in units[a].price != units[b].price ? units[a].price > units[b].price : a < b }
        switch promotion.rule {
        case .mixAndMatch(let selector, let quantity, let price):
            guard quantity > 0 else { return }
            let candidates = matching(selector).filter { units[$0].countable }.sorted(by: byPriceDescending)
            var start = 0
            while start + quantity <= candidates.count {
                let group = Array(candidates[start..<start + quantity])
                let sum = try Checked.sum(group.map { units[$0].price })
                guard sum > price else { break }
                let shares = try Allocation.split(sum - price, weights: group.map { units[$0].price })
                for (unit, share) in zip(group, shares) { outcome.record(unit, share, promotion.id) }
                start += quantity
            }
        case .buyGet(let buy, let buyQuantity, let get, let getQuantity, let basisPoints):
            guard buyQuantity > 0, getQuantity > 0 else { return }
            if buy == get {
                let candidates = matching(buy).filter { units[$0].countable }.sorted(by: byPriceDescending)
                let size = buyQuantity + getQuantity
                var start = 0
                while start + size <= candidates.count {
                    for unit in candidates[(start + buyQuantity)..<(start + size)] {
                        outcome.record(unit, try rounding.multiplyDivide(units[unit].price, basisPoints, by: 10_000), promotion.id)
                    }
                    start += size
                }
            } else {
                var buyers = matching(buy).filter { units[$0].countable && !get.matches(lines[units[$0].line]) }
                    .sorted(by: byPriceDescending)
                var getters = matching(get).filter { units[$0].countable }.sorted(by: byPriceDescending)
                while buyers.count >= buyQuantity && getters.count >= getQuantity {
                    buyers.removeLast(buyQuantity)
                    for unit in getters.prefix(getQuantity) {
                        outcome.record(unit, try rounding.multiplyDivide(units[unit].price, basisPoints, by: 10_000), promotion.id)
                    }
                    getters.removeFirst(getQuantity)
                }
            }
        case .categoryPercent(let category, let basisPoints):
            for unit in matching(.category(category)) {
                outcome.record(unit, try rounding.multiplyDivide(units[unit].price, basisPoints, by: 10_000), promotion.id)
            }
        }
    }

    /// Orders in which to try `count` promotions: every permutation while that stays small.
    static func orders(of count: Int) -> [[Int]] {
        guard count <= exhaustiveLimit else { return [Array(0..<count)] }
        var result: [[Int]] = []
        func permute(_ prefix: [Int], _ rest: [Int]) {
            if rest.isEmpty { result.append(prefix); return }
            for (i, next) in rest.enumerated() {
                var remaining = rest
                remaining.remove(at: i)
                permute(prefix + [next], remaining)
            }
        }
        permute([], Array(0..<count))
        return result
    }

    private struct Unit {
        let line: Int
        let price: Int64
        /// Whole counted items take part in "N for" and "buy X get Y"; weighed lines only in percentages.
        let countable: Bool
    }

    private struct Outcome {
        var unitDiscounts: [Int: Int64] = [:]
        var byPromotion: [String: Int64] = [:]
        var total: Int64 = 0

        mutating func record(_ unit: Int, _ discount: Int64, _ promotion: String) {
            guard discount > 0 else { return }
            unitDiscounts[unit] = discount
            byPromotion[promotion, default: 0] += discount
            total += discount
        }
    }
}

/// What the promotion engine took off each line, and which promotions did it.
public struct PromotionResult: Hashable, Sendable {
    public let perLine: [Int64]
    public let applied: [AppliedPromotion]
}
