import TillCore

extension ReceiptWriter {
    /// A refund slip: what went back, for how much, and how it was paid out, as negative amounts so
    /// the slip can never be read as a sale.
    mutating func refund(_ refund: Refund, originalReceiptNumber: String?) {
        title("REFUND")
        centred(originalReceiptNumber.map { "Original receipt \($0)" } ?? "Without receipt")
        rule()
        for line in refund.lines {
            row(line.name, amount: -line.amount)
            if line.quantity != .one {
                note("Quantity \(line.quantity.formatted)")
            }
        }
        rule()
        total("REFUND \(refund.currency.code)", amount: -refund.total)
        if refund.rounding != 0 {
            row("Cash rounding", amount: -refund.rounding)
        }
        tenders(refund.tenders.map { Tender(kind: $0.kind, amount: -$0.amount, reference: $0.reference) })
        taxSummary(refund.taxLines.map { TaxLine(code: $0.code, rate: $0.rate, base: -$0.base, tax: -$0.tax) })
    }
}
