import TermUI
import TillCore

/// One receipt's blocks as they are written top to bottom, each line already fitted to the paper.
///
/// Double-width text is fitted to half the columns, since each character takes two on paper.
struct ReceiptWriter {
    let text: TextColumns
    let currency: Currency
    private(set) var blocks: [PrintBlock] = []

    init(columns: Int, currency: Currency) {
        self.text = TextColumns(width: columns)
        self.currency = currency
    }

    /// The columns double-width text may use.
    var large: TextColumns { TextColumns(width: text.width / 2) }

    /// An amount in the receipt's currency: "3.50", "-0.05".
    func amount(_ minorUnits: Int64) -> String {
        Money.format(minorUnits, exponent: currency.exponent)
    }

    /// Adds a block that needs no fitting (a QR code, a cut).
    mutating func append(_ block: PrintBlock) {
        blocks.append(block)
    }

    /// One left-aligned line, cut to the paper.
    mutating func line(_ words: String, style: TextStyle = .plain) {
        blocks.append(.line(text.cut(words), style: style))
    }

    /// A note under an item (quantity, option, override), indented so the item name stands out.
    mutating func note(_ words: String) {
        line("  " + words)
    }

    /// A label and an amount flush right; the label is cut if need be, the amount never.
    mutating func row(_ label: String, amount minorUnits: Int64, style: TextStyle = .plain) {
        row(label, amount(minorUnits), style: style)
    }

    /// A label and a value flush right, the value kept whole.
    mutating func row(_ label: String, _ value: String, style: TextStyle = .plain) {
        for fitted in text.row(label, value) {
            blocks.append(.line(fitted, style: style))
        }
    }

    /// A sum that must be seen from across the counter: large when it fits at double width, bold otherwise.
    mutating func total(_ label: String, amount minorUnits: Int64) {
        let value = amount(minorUnits)
        guard large.fits(label, value) else { return row(label, value, style: .bold) }
        for fitted in large.row(label, value) {
            blocks.append(.line(fitted, style: .large))
        }
    }

    /// Centred text, broken between words when it is wider than the paper.
    mutating func centred(_ words: String, style: TextStyle = .plain) {
        for fitted in text.wrap(words) {
            blocks.append(.line(fitted, style: style, alignment: .center))
        }
    }

    /// A centred title: large when it fits at double width, bold otherwise.
    mutating func title(_ words: String) {
        guard DisplayWidth.of(TextColumns.clean(words)) <= large.width else { return centred(words, style: .bold) }
        blocks.append(.line(TextColumns.clean(words), style: .large, alignment: .center))
    }

    /// A full-width line of dashes between parts of the receipt.
    mutating func rule() {
        blocks.append(.line(text.rule()))
    }
}
