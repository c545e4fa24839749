/// Works out refunds that give back exactly what was paid, never a cent more or less.
///
/// A line's amount and tax are shared over its quantity cumulatively: refunding k of n units gives
/// back round(amount × (r + k) / n) − round(amount × r / n), where r were refunded before, so any
/// sequence of partial refunds adds up to the line exactly. A full refund in one go also returns the
/// original cash rounding, so each tender gets back precisely what it paid.
public enum RefundCalculator {
    /// A refund of `items` (line id → quantity; nil for everything not yet refunded) against `order`.
    /// Gift cards the sale loaded and its tip are not refunded: they stay with the card and the server.
    public static func against(
        _ order: Order, items: [Int: Quantity]? = nil, previous: [Refund] = [], cashIncrement: Int64
    ) throws(RefundError) -> Refund {
        let refunded = previous.flatMap(\.lines).reduce(into: [Int: Int64]()) { sums, line in
            if let id = line.lineID { sums[id, default: 0] += line.quantity.thousandths }
        }
        let byID = order.priced.linesByID
        if let unknown = items?.keys.sorted().first(where: { byID[$0] == nil }) { throw .noSuchLine(unknown) }
        if let card = items?.keys.sorted().first(where: { byID[$0]?.line.owed != nil }) { throw .notRefundable(card) }
        var lines: [RefundLine] = []
        for priced in order.priced.lines where priced.line.owed == nil {
            let id = priced.line.id
            let sold = priced.line.quantity.thousandths
            let before = refunded[id] ?? 0
            let left = sold - before
            let wanted = items.map { $0[id]?.thousandths ?? 0 } ?? left
            guard wanted > 0 else { continue }
            guard wanted <= left else { throw .quantityExceeds(line: id, refundable: Quantity(thousandths: left)) }
            let share = { (amount: Int64) throws(RefundError) -> Int64 in
                try money { () throws(MoneyError) in try CumulativeShare.of(amount, part: wanted, before: before, whole: sold) }
            }
            var tax: [String: Int64] = [:]
            for (code, value) in priced.tax { tax[code] = try share(value) }
            lines.append(RefundLine(lineID: id, productID: priced.line.productID, name: priced.line.name,
                                    quantity: Quantity(thousandths: wanted), amount: try share(priced.total), tax: tax))
        }
        guard !lines.isEmpty else { throw .nothingToRefund }
        let isFull = previous.isEmpty && lines.count == order.priced.lines.count
            && zip(lines, order.priced.lines).allSatisfy { $0.quantity == $1.line.quantity }
        let total = lines.reduce(0) { $0 + $1.amount }
        let tenders: [Tender]
        let rounding: Int64
        if isFull {
            rounding = order.payment.rounding
            tenders = netTenders(of: order)
        } else {
            (tenders, rounding) = try plan(total, original: netTenders(of: order), previous: previous, cashIncrement: cashIncrement)
        }
        return Refund(originalOrderID: order.id, currency: order.currency, lines: lines,
                      taxLines: taxLines(lines, rates: order.priced.taxLines, mode: order.priced.mode),
                      total: total, rounding: rounding, tenders: tenders, withoutReceipt: false, isFull: isFull)
    }

    /// A return without a receipt: the cart's items at today's prices, paid back in `tender`.
    public static func withoutReceipt(_ cart: Cart, context: PricingContext, tender: TenderKind = .cash) throws(RefundError) -> Refund {
        let priced: PricedCart
        do { priced = try context.price(cart) } catch { throw .cart(error) }
        guard !priced.lines.isEmpty else { throw .nothingToRefund }
        if let card = priced.lines.first(where: { $0.line.owed != nil }) { throw .notRefundable(card.line.id) }
        let lines = priced.lines.map {
            RefundLine(lineID: nil, productID: $0.line.productID, name: $0.line.name, quantity: $0.line.quantity,
                       amount: $0.total, tax: $0.tax)
        }
        let total = priced.total
        let paid = tender.isCash ? try money { () throws(MoneyError) in try PaymentSummary.roundToIncrement(total, context.cashIncrement) } : total
        return Refund(originalOrderID: nil, currency: cart.currency, lines: lines, taxLines: priced.taxLines,
                      total: total, rounding: paid - total, tenders: [Tender(kind: tender, amount: paid)],
                      withoutReceipt: true, isFull: false)
    }

    /// What each original tender actually paid: cash less the change given.
    static func netTenders(of order: Order) -> [Tender] {
        var change = order.payment.change
        return order.tenders.reversed().compactMap { tender -> Tender? in
            guard tender.kind.isCash, change > 0 else { return tender }
            let taken = min(change, tender.amount)
            change -= taken
            return tender.amount == taken ? nil : Tender(kind: .cash, amount: tender.amount - taken, reference: tender.reference)
        }.reversed()
    }

    /// Pays a partial refund back to the original non-cash tenders first (what is left on each), then cash.
    private static func plan(_ total: Int64, original: [Tender], previous: [Refund], cashIncrement: Int64) throws(RefundError) -> ([Tender], Int64) {
        var returned = previous.flatMap(\.tenders).reduce(into: [TenderKind: Int64]()) { $0[$1.kind, default: 0] += $1.amount }
        var left = total
        var tenders: [Tender] = []
        for tender in original where !tender.kind.isCash && left > 0 {
            let already = min(returned[tender.kind] ?? 0, tender.amount)
            returned[tender.kind, default: 0] -= already
            let amount = min(left, tender.amount - already)
            guard amount > 0 else { continue }
            tenders.append(Tender(kind: tender.kind, amount: amount, reference: tender.reference))
            left -= amount
        }
        guard left > 0 else { return (tenders, 0) }
        let cash = try money { () throws(MoneyError) in try PaymentSummary.roundToIncrement(left, cashIncrement) }
        tenders.append(Tender(kind: .cash, amount: cash))
        return (tenders, cash - left)
    }

    private static func taxLines(_ lines: [RefundLine], rates: [TaxLine], mode: TaxMode) -> [TaxLine] {
        rates.compactMap { rate in
            let carrying = lines.filter { $0.tax[rate.code] != nil }
            guard !carrying.isEmpty else { return nil }
            let tax = carrying.reduce(0) { $0 + ($1.tax[rate.code] ?? 0) }
            let base = carrying.reduce(0) { $0 + $1.amount - $1.tax.values.reduce(0, +) }
            return TaxLine(code: rate.code, rate: rate.rate, base: base, tax: tax)
        }
    }

    private static func money<T>(_ body: () throws(MoneyError) -> T) throws(RefundError) -> T {
        do { return try body() } catch { throw .money(error) }
    }
}
