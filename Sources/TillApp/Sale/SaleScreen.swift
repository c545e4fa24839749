public import TermUI
import TillCore

/// Draws the sale screen: cart, totals, feedback, command line and key hints, at any size from 80×24 up.
public struct SaleScreen {
    public let storeName: String
    public let training: Bool
    public let keymap: Keymap

    public init(storeName: String, training: Bool, keymap: Keymap) {
        self.storeName = storeName
        self.training = training
        self.keymap = keymap
    }

    public func render(_ session: inout SaleSession, into buffer: inout Buffer, theme: Theme) {
        let rows = Layout.rows([.fixed(1), .fill(), .fixed(1), .fixed(1), .fixed(1)]).split(buffer.area)
        header(into: &buffer, area: rows[0], theme: theme)
        let middle = Layout.columns([.fill(), .fixed(min(34, max(24, buffer.width / 3)))], spacing: 1).split(rows[1])
        cart(session, into: &buffer, area: middle[0], theme: theme, state: &session.lines)
        totals(session, into: &buffer, area: middle[1], theme: theme)
        if let message = session.message {
            let key = switch message.kind { case .ok: "message.ok"; case .warning: "message.warning"; case .error: "message.error" }
            buffer.write(" " + message.text, x: rows[2].x, y: rows[2].y, style: theme.style(key), clip: rows[2])
        }
        let prompt = rows[3]
        buffer.write("› ", x: prompt.x, y: prompt.y, style: theme.style("input.prompt"), clip: prompt)
        session.input.render(into: &buffer, area: prompt.inset(left: 2), theme: theme)
        KeyHintBar(keymap: keymap, context: "sale", items: [
            .init(action: Action.help.rawValue, label: Action.help.label),
            .init(action: Action.pay.rawValue, label: "Cash"),
            .init(action: Action.voidLine.rawValue, label: Action.voidLine.label),
            .init(action: Action.submit.rawValue, label: "Add"),
            .init(action: Action.cancel.rawValue, label: "Clear"),
            .init(action: Action.quit.rawValue, label: Action.quit.label),
        ]).render(into: &buffer, area: rows[4], theme: theme)
    }

    private func header(into buffer: inout Buffer, area: Rect, theme: Theme) {
        var right: [StatusBar.Segment] = []
        if training { right.append(.init(" TRAINING ", styleKey: "banner.training")) }
        StatusBar(left: [.init(" " + storeName)], center: [.init("Sale")], right: right).render(into: &buffer, area: area, theme: theme)
    }

    private func cart(_ session: SaleSession, into buffer: inout Buffer, area: Rect, theme: Theme, state: inout TableState) {
        let priced = session.priced
        let amounts = priced?.linesByID ?? [:]
        let rows = session.cart.lines.map { line -> Table.Row in
            let amount = amounts[line.id].map { Money.format($0.gross - $0.lineDiscount - $0.promotionDiscount, exponent: session.pricing.currency.exponent) } ?? ""
            let quantity = line.unit == .kilogram ? line.quantity.formatted + " kg" : line.quantity.formatted
            let name = line.voided ? "VOID " + line.name : line.name
            return Table.Row([quantity, name, Money.format(line.effectivePrice, exponent: session.pricing.currency.exponent), line.voided ? "" : amount],
                             styleKey: line.voided ? "cart.line.voided" : "cart.line")
        }
        let table = Table(columns: [
            .init("Qty", width: .fixed(8), alignment: .right), .init("Item"),
            .init("Price", width: .fixed(8), alignment: .right), .init("Amount", width: .fixed(9), alignment: .right),
        ], rows: rows, styleKey: "cart")
        table.render(into: &buffer, area: area, theme: theme, state: &state)
    }

    private func totals(_ session: SaleSession, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let exponent = session.pricing.currency.exponent
        let format = { (amount: Int64) in Money.format(amount, exponent: exponent) }
        var lines: [(String, String, String)] = []
        if let priced = session.priced {
            lines.append(("Items", priced.itemCount.formatted, "cart"))
            lines.append(("Subtotal", format(priced.subtotal), "cart"))
            if priced.discountTotal != 0 { lines.append(("Discounts", "-" + format(priced.discountTotal), "cart.discount")) }
            for promotion in priced.promotions { lines.append(("  " + promotion.name, "-" + format(promotion.discount), "cart.discount")) }
            for tax in priced.taxLines { lines.append(("incl. \(tax.rate) tax", format(tax.tax), "cart.tax")) }
            lines.append(("", "", "cart"))
            lines.append(("TOTAL \(session.pricing.currency.code)", format(priced.total), "cart.total"))
            if let payment = session.payment, !session.cart.tenders.isEmpty {
                lines.append(("Paid", format(payment.paid), "cart"))
                lines.append(("To pay", format(payment.remaining), "cart.total"))
            }
        } else {
            lines.append(("Cannot price this sale", "", "message.error"))
        }
        buffer.drawBox(area, border: .rounded, style: theme.style("border"))
        let inner = area.inset(by: 1)
        for (index, line) in lines.enumerated() where index < inner.height {
            let y = inner.y + index
            buffer.write(line.0, x: inner.x, y: y, style: theme.style(line.2), clip: inner)
            buffer.write(line.1, x: inner.maxX - line.1.displayWidth, y: y, style: theme.style(line.2), clip: inner)
        }
    }
}
