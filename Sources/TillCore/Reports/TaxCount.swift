/// Base and tax at one code and rate, taken in sales or given back in refunds, added up over the period.
public struct TaxCount: Hashable, Sendable {
    public let line: TaxLine
    /// Given back by refunds rather than charged by sales.
    public let refund: Bool
    public let training: Bool

    public init(_ line: TaxLine, refund: Bool = false, training: Bool = false) {
        self.line = line
        self.refund = refund
        self.training = training
    }
}
