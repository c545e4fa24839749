/// A level of the program a customer reaches by the points they have earned in all (spending points
/// never demotes anyone), and the factor it puts on what they earn from then on.
public struct LoyaltyTier: Hashable, Sendable {
    public let name: String
    /// Points earned in all at which the tier starts.
    public let threshold: Int64
    public let multiplier: Multiplier

    public init(name: String, threshold: Int64, multiplier: Multiplier = .one) {
        self.name = String(name.trimmingSpaces)
        self.threshold = threshold
        self.multiplier = multiplier
    }
}

/// Points on top of what the spend earns, while the promotion runs: a factor on matching lines
/// ("double points on coffee before 11:00") and/or a fixed bonus once per sale that has a matching line.
public struct PointsPromotion: Hashable, Sendable {
    public let name: String
    /// The lines it looks at; nil for every line of the sale.
    public let items: ItemSelector?
    public let multiplier: Multiplier
    /// Points added once per sale with a matching line.
    public let bonus: Int64
    /// When it runs; empty means always.
    public let windows: [TimeWindow]

    public init(name: String, items: ItemSelector? = nil, multiplier: Multiplier = .one, bonus: Int64 = 0,
                windows: [TimeWindow] = []) throws(LoyaltyError) {
        guard !name.trimmingSpaces.isEmpty else { throw .badPromotion(name: name, reason: "give it a name") }
        guard bonus >= 0 else { throw .badPromotion(name: name, reason: "a bonus cannot be below zero") }
        guard bonus > 0 || multiplier != .one else {
            throw .badPromotion(name: name, reason: "give it a multiplier other than 1 or a bonus")
        }
        self.name = String(name.trimmingSpaces)
        self.items = items
        self.multiplier = multiplier
        self.bonus = bonus
        self.windows = windows
    }

    /// Whether the promotion counts `line` at `time`.
    func applies(to line: CartLine, at time: LocalTime) -> Bool {
        windows.allows(time) && (items?.matches(line) ?? true)
    }
}
