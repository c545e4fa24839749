import TermUI
import TillCore

/// The bill a server hands the table before it pays: what was ordered, the total and its tax, and
/// the parts of an even split; marked as not a receipt.
struct CheckBill {
    let check: Check
    let priced: PricedCart
    let server: String
    let columns: Int
    let parts: [Int64]?

    var text: String {
        let rule = String(repeating: "-", count: columns)
        var lines = [centred("BILL"), centred("Table \(check.table), \(check.covers) covers, \(server)"), rule]
        for line in priced.lines {
            let count = line.line.quantity.wholeCount.map { "\($0) x " } ?? "\(line.line.quantity.formatted) kg "
            lines.append(row(count + line.line.name, money(line.total)))
        }
        lines.append(rule)
        if priced.discountTotal != 0 { lines.append(row("Discounts", "-" + money(priced.discountTotal))) }
        lines.append(row("TOTAL \(priced.currency.code)", money(priced.total)))
        for tax in priced.taxLines { lines.append(row("incl. \(tax.rate) tax", money(tax.tax))) }
        if let parts { lines.append(row("Split in \(parts.count)", parts.map(money).joined(separator: " + "))) }
        lines += [rule, centred("This is not a receipt")]
        return lines.joined(separator: "\n")
    }

    private func money(_ minor: Int64) -> String { Money(minorUnits: minor, currency: priced.currency).formatted() }

    private func centred(_ text: String) -> String {
        DisplayWidth.pad(String(DisplayWidth.prefix(of: text, fitting: columns)), to: columns, alignment: .center)
    }

    /// `label` cut so `value` fits whole at the right.
    private func row(_ label: String, _ value: String) -> String {
        let room = max(0, columns - DisplayWidth.of(value) - 1)
        return DisplayWidth.pad(String(DisplayWidth.prefix(of: label, fitting: room)), to: room) + " " + value
    }
}
