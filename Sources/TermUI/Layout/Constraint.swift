/// How much room one layout slot (or table column) asks for.
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells, if there is room.
    case fixed(Int)
    /// This percentage (0–100) of the whole length.
    case percentage(Int)
    /// A share of whatever is left, in proportion to the weight.
    case fill(Int = 1)

    /// The length each constraint gets out of `total` cells with `spacing` between neighbours.
    static func lengths(for constraints: [Constraint], total: Int, spacing: Int) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = max(0, total - spacing * (constraints.count - 1))
        var lengths = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let cells): max(0, cells)
            case .percentage(let percent): available * min(100, max(0, percent)) / 100
            case .fill: 0
            }
        }
        var excess = lengths.reduce(0, +) - available
        var index = lengths.count - 1
        while excess > 0, index >= 0 {
            let cut = min(excess, lengths[index])
            lengths[index] -= cut
            excess -= cut
            index -= 1
        }
        let remaining = max(0, -excess)
        let weights = constraints.map { constraint -> Int in
            if case .fill(let weight) = constraint { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return lengths }
        var handedOut = 0
        for index in lengths.indices where weights[index] > 0 {
            lengths[index] = remaining * weights[index] / totalWeight
            handedOut += lengths[index]
        }
        var leftover = remaining - handedOut
        for index in lengths.indices where weights[index] > 0 && leftover > 0 {
            lengths[index] += 1
            leftover -= 1
        }
        return lengths
    }
}
