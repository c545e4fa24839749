/// One kind of tender taken in sales or paid out in refunds, added up over the period.
///
/// A sale's cash tender is what the customer handed over; the change given back is counted with
/// the sales (`SaleFigures.change`), as it leaves the drawer whatever tender overpaid.
public struct TenderCount: Hashable, Sendable {
    public let kind: TenderKind
    /// Tenders of this kind: a split payment counts once per tender.
    public let payments: Int
    public let amount: Int64
    /// Paid out by refunds rather than taken in sales.
    public let refund: Bool
    public let training: Bool

    public init(kind: TenderKind, payments: Int, amount: Int64, refund: Bool = false, training: Bool = false) {
        self.kind = kind
        self.payments = payments
        self.amount = amount
        self.refund = refund
        self.training = training
    }
}
