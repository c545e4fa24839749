/// How many of something, and how much they come to.
public struct Tally: Hashable, Sendable {
    public private(set) var count: Int
    public private(set) var amount: Int64

    public init(count: Int = 0, amount: Int64 = 0) {
        self.count = count
        self.amount = amount
    }

    /// Counts `count` more, worth `amount` together.
    mutating func add(count: Int, amount: Int64) throws(ReportError) {
        self.count = try ReportMath.add(self.count, count)
        self.amount = try ReportMath.add(self.amount, amount)
    }

    /// This tally and `other` together.
    func adding(_ other: Tally) throws(ReportError) -> Tally {
        var sum = self
        try sum.add(count: other.count, amount: other.amount)
        return sum
    }
}
