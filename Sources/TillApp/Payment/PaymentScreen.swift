import TermUI
import TillCore

/// The payment screen: what is due, the tenders taken, the quick cash amounts, and the amount field.
enum PaymentScreen {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = Layout.rows([.fill(), .fixed(1), .fixed(1), .fixed(1)]).split(area)
        let middle = Layout.columns([.fill(), .fixed(min(34, max(24, area.width / 3)))], spacing: 1).split(rows[0])
        due(state, into: &buffer, area: middle[0], theme: theme)
        TotalsPanel(state: state).render(into: &buffer, area: middle[1], theme: theme)
        AppScreen.messageLine(state.sale.message, into: &buffer, area: rows[1], theme: theme)
        let label = state.payment.cardPending.map { "Card terminal: \(state.format($0)) — waiting… " }
            ?? state.payment.voucherPending.map { "Voucher \($0): asking the hub… " }
            ?? (state.payment.voucher == nil ? "Cash handed over › " : "Voucher code › ")
        let end = buffer.write(label, x: rows[2].x, y: rows[2].y, style: theme.style("input.prompt"), clip: rows[2])
        if state.payment.cardPending == nil, state.payment.voucherPending == nil {
            (state.payment.voucher?.code ?? state.payment.amount)
                .render(into: &buffer, area: Rect(x: end, y: rows[2].y, width: max(0, rows[2].maxX - end), height: 1), theme: theme)
        }
        KeyHintBar(keymap: state.profile.keymap, context: "payment", items: [
            .init(action: Action.cashExact.rawValue, label: Action.cashExact.label),
            .init(action: Action.cashNextNote.rawValue, label: Action.cashNextNote.label),
            .init(action: Action.card.rawValue, label: Action.card.label),
            .init(action: Action.voucher.rawValue, label: Action.voucher.label),
            .init(action: Action.redeemPoints.rawValue, label: Action.redeemPoints.label),
            .init(action: Action.removeTender.rawValue, label: Action.removeTender.label),
            .init(action: Action.submit.rawValue, label: "Cash"),
            .init(action: Action.cancel.rawValue, label: "Back"),
        ]).render(into: &buffer, area: rows[3], theme: theme)
    }

    /// The amount due in big digits, and the quick cash amounts under it.
    private static func due(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        Block(title: "Payment", border: .rounded).render(into: &buffer, area: area, theme: theme)
        let inner = area.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard let payment = state.sale.payment else { return }
        let cash = state.cashDue
        _ = buffer.write("TO PAY \(state.currency.code)", x: inner.x, y: inner.y, style: theme.style("cart.total"), clip: inner)
        BigText(Money.format(payment.remaining, exponent: state.currency.exponent), styleKey: "cart.total")
            .render(into: &buffer, area: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: BigText.height).intersection(inner),
                    theme: theme)
        var y = inner.y + 3 + BigText.height
        if let cash, cash != payment.remaining {
            _ = buffer.write("in cash, rounded: \(state.format(cash))", x: inner.x, y: y, style: theme.style("cart.tax"), clip: inner)
            y += 1
        }
        if let cash {
            let quick = QuickCash.amounts(due: cash, notes: state.profile.notes).map(state.format).joined(separator: "   ")
            _ = buffer.write("Quick cash: " + quick, x: inner.x, y: y, style: theme.style("muted"), clip: inner)
        }
    }
}
