/// Splits a whole number of minor units into proportional parts that always add back to the whole.
public enum Allocation {
    /// Parts of `amount` proportional to `weights`, by the largest-remainder method.
    ///
    /// Each part is first rounded toward zero; the minor units left over go one each to the parts with
    /// the largest remainders, earliest first on ties, so the result is deterministic and exact.
    /// All-zero weights split the amount evenly.
    public static func split(_ amount: Int64, weights: [Int64]) throws(MoneyError) -> [Int64] {
        guard !weights.isEmpty else { throw .divisionByZero }
        let effective = weights.allSatisfy { $0 == 0 } ? Array(repeating: Int64(1), count: weights.count) : weights
        guard effective.allSatisfy({ $0 >= 0 }) else { throw .unreadable("\(weights)", reason: "negative weight") }
        let total = try Checked.sum(effective)
        var parts: [Int64] = []
        var remainders: [(index: Int, remainder: UInt128)] = []
        for (index, weight) in effective.enumerated() {
            let product = Wide(amount).multiplied(by: weight)
            let (q, r) = product.magnitude.quotientAndRemainder(dividingBy: UInt128(total))
            parts.append(product.negative ? -Int64(q) : Int64(q))
            remainders.append((index, r))
        }
        var left = amount - parts.reduce(0, +)
        let step: Int64 = left < 0 ? -1 : 1
        for entry in remainders.sorted(by: { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }) {
            if left == 0 { break }
            parts[entry.index] += step
            left -= step
        }
        return parts
    }
}
