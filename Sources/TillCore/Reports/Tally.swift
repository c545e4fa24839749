/// How many of something, and how much they come to.
public struct Tally: Hashable, Sendable {
    public private(set) var count: Int
    public private(set) var amount: Int64

    public init(count: Int = 0, amount: Int64 = 0) {
        self.count = count
        self.amount = amount
    }

    /// Counts one more, worth `amount`.
    mutating func add(_ amount: Int64) throws(ReportError) {
        count += 1
        self.amount = try ReportMath.add(self.amount, amount)
    }
}
