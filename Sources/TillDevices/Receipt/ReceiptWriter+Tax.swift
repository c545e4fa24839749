import TillCore

extension ReceiptWriter {
    /// The tax by rate in a small table: rate, the amount before tax, and the tax.
    ///
    /// When the two amount columns leave no room for the rate (absurd amounts on narrow paper), each
    /// rate takes two rows instead, so no amount is ever cut.
    mutating func taxSummary(_ lines: [TaxLine]) {
        guard !lines.isEmpty else { return }
        rule()
        let rows = lines.map { (rate: $0.rate.description, net: amount($0.base), tax: amount($0.tax)) }
        let netWidth = max(Self.taxColumnWidth, rows.map(\.net.count).max() ?? 0)
        let taxWidth = max(Self.taxColumnWidth, rows.map(\.tax.count).max() ?? 0)
        let rateWidth = rows.map(\.rate.count).max() ?? 0
        guard rateWidth + netWidth + taxWidth + 3 <= text.width else {
            for row in rows {
                self.row("Net \(row.rate)", row.net)
                self.row("Tax \(row.rate)", row.tax)
            }
            return
        }
        let columns = { (net: String, tax: String) in
            String(repeating: " ", count: netWidth - net.count) + net + "  "
                + String(repeating: " ", count: taxWidth - tax.count) + tax
        }
        row("Tax rate", columns("Net", "Tax"))
        for row in rows {
            self.row(row.rate, columns(row.net, row.tax))
        }
    }

    /// The narrowest amount column of the tax table, so small amounts still line up under a readable header.
    private static let taxColumnWidth = 7
}
