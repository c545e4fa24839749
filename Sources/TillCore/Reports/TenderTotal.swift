/// What one kind of tender brought in over the period: net of change given and of refunds paid out.
public struct TenderTotal: Hashable, Sendable {
    public let kind: TenderKind
    /// Payments taken in this tender (a split payment counts once per tender).
    public let payments: Int
    public let amount: Int64

    public init(kind: TenderKind, payments: Int, amount: Int64) {
        self.kind = kind
        self.payments = payments
        self.amount = amount
    }

    /// Tender counts of sales and refunds combined by kind, the sales' change taken off the cash; cash
    /// first, then card, voucher, store credit, others by name.
    static func combine(_ counts: [TenderCount], change: Int64) throws(ReportError) -> [TenderTotal] {
        var amounts: [TenderKind: Int64] = [:]
        var payments: [TenderKind: Int] = [:]
        for count in counts {
            if count.refund {
                try amounts.subtract(count.amount, from: count.kind)
            } else {
                try amounts.add(count.amount, to: count.kind)
                payments[count.kind] = try ReportMath.add(payments[count.kind] ?? 0, count.payments)
            }
        }
        if change != 0 { try amounts.subtract(change, from: .cash) }
        return amounts.keys.sorted(by: order).map {
            TenderTotal(kind: $0, payments: payments[$0] ?? 0, amount: amounts[$0] ?? 0)
        }
    }

    private static func order(_ a: TenderKind, _ b: TenderKind) -> Bool {
        rank(a) != rank(b) ? rank(a) < rank(b) : a.description < b.description
    }

    private static func rank(_ kind: TenderKind) -> Int {
        switch kind {
        case .cash: 0
        case .card: 1
        case .voucher: 2
        case .storeCredit: 3
        case .other: 4
        }
    }
}
