import TillCore

/// Lays out a receipt for a paper width, so the same sale prints right on 58 mm and 80 mm printers
/// and a long, CJK or emoji name is cut rather than spilling onto the next line.
public struct ReceiptLayout: Sendable {
    /// Characters a line holds in the standard fonts of 58 mm (32) and 80 mm (42, 48, 56) printers.
    public static let supportedColumns = [32, 42, 48, 56]
    /// A training slip repeats its banner at least this often, so no piece torn off it looks real.
    public static let trainingBannerInterval = 10

    /// Characters per line in the printer's standard font; double-width text gets half.
    public let columns: Int

    /// A layout `columns` characters wide; only the widths real printers have are accepted.
    public init(columns: Int) throws(ReceiptLayoutError) {
        guard Self.supportedColumns.contains(columns) else { throw .unsupportedColumns(columns) }
        self.columns = columns
    }

    /// The receipt as blocks for the printer encoder or the preview, ending in a cut.
    public func document(for receipt: Receipt) -> PrintDocument {
        var writer = ReceiptWriter(columns: columns, currency: receipt.currency)
        header(receipt.header, into: &writer)
        switch receipt.kind {
        case .sale(let order): writer.sale(order)
        case .refund(let refund, let original): writer.refund(refund, originalReceiptNumber: original)
        }
        details(receipt, into: &writer)
        if !receipt.footer.isEmpty {
            writer.append(.feed(lines: 1))
        }
        for line in receipt.footer {
            writer.centred(line)
        }
        if case .sale(let order) = receipt.kind {
            writer.append(.qrCode(order.id))
        }
        var blocks = writer.blocks
        if receipt.copy {
            let banner = PrintBlock.line("*** COPY ***", style: .bold, alignment: .center)
            blocks = [banner] + blocks + [banner]
        }
        if receipt.isTraining {
            blocks = Self.interleave(Self.trainingBanner, through: blocks)
        }
        return PrintDocument(blocks + [.cut()])
    }

    /// Printed white on black at the top, the bottom and every few lines of a training slip.
    private static let trainingBanner = PrintBlock.line(
        "TRAINING — NOT A RECEIPT", style: TextStyle(bold: true, inverted: true), alignment: .center)

    /// The store's name (large when it fits), then its address and tax number lines.
    private func header(_ lines: [String], into writer: inout ReceiptWriter) {
        guard let name = lines.first else { return }
        writer.title(name)
        for line in lines.dropFirst() {
            writer.centred(line)
        }
    }

    /// The customer and points, then when, where and by whom the receipt was made.
    private func details(_ receipt: Receipt, into writer: inout ReceiptWriter) {
        writer.rule()
        if let loyalty = receipt.loyalty {
            writer.line("Customer " + loyalty.customerName)
            if let earned = loyalty.pointsEarned {
                writer.row("Points earned", (earned > 0 ? "+" : "") + String(earned))
            }
            if let balance = loyalty.pointsBalance {
                writer.row("Points balance", String(balance))
            }
        }
        writer.row(receipt.dateTime, "Receipt \(receipt.number)")
        writer.row("Cashier \(receipt.cashier)", "Terminal \(receipt.terminalID)")
    }

    /// `banner` first, last, and after every `trainingBannerInterval` lines in between.
    private static func interleave(_ banner: PrintBlock, through blocks: [PrintBlock]) -> [PrintBlock] {
        var result = [banner]
        var linesSinceBanner = 0
        for (index, block) in blocks.enumerated() {
            result.append(block)
            if case .line = block { linesSinceBanner += 1 }
            if linesSinceBanner == trainingBannerInterval && index < blocks.count - 1 {
                result.append(banner)
                linesSinceBanner = 0
            }
        }
        return result + [banner]
    }
}
