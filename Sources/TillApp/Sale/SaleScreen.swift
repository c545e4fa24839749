import TermUI
import TillCore

/// The sale screen: the cart, the totals, the command line and its feedback, at any size from 80×24 up.
enum SaleScreen {
    static func render(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = Layout.rows([.fill(), .fixed(1), .fixed(1), .fixed(1)]).split(area)
        let middle = Layout.columns([.fill(), .fixed(min(34, max(24, area.width / 3)))], spacing: 1).split(rows[0])
        if case .modifiers(let pick)? = state.sale.prompt {
            ModifierPanel(pick: pick, state: state).render(into: &buffer, area: middle[0], theme: theme)
        } else if state.sale.cart.lines.isEmpty, let last = state.sale.lastSale {
            change(last, state: state, into: &buffer, area: middle[0], theme: theme)
        } else {
            cart(&state, into: &buffer, area: middle[0], theme: theme)
        }
        if let attempt = state.training.attempt, middle[1].height >= 18 {
            let side = Layout.rows([.fill(), .fixed(9)]).split(middle[1])
            TotalsPanel(state: state).render(into: &buffer, area: side[0], theme: theme)
            ExercisePanel(attempt: attempt).render(into: &buffer, area: side[1], theme: theme)
        } else {
            TotalsPanel(state: state).render(into: &buffer, area: middle[1], theme: theme)
        }
        AppScreen.messageLine(state.sale.message, into: &buffer, area: rows[1], theme: theme)
        commandLine(state, into: &buffer, area: rows[2], theme: theme)
        KeyHintBar(keymap: state.profile.keymap, context: "sale", items: [
            .init(action: Action.help.rawValue, label: Action.help.label),
            .init(action: Action.pay.rawValue, label: Action.pay.label),
            .init(action: Action.voidLine.rawValue, label: Action.voidLine.label),
            .init(action: Action.discountLine.rawValue, label: Action.discountLine.label),
            .init(action: Action.undo.rawValue, label: Action.undo.label),
            .init(action: Action.showShift.rawValue, label: Action.showShift.label),
            .init(action: Action.lock.rawValue, label: Action.lock.label),
        ]).render(into: &buffer, area: rows[3], theme: theme)
    }

    /// The prompt line: the command line, or the open question with its own prompt.
    static func commandLine(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let end = buffer.write(state.sale.prompt?.label ?? "› ", x: area.x, y: area.y, style: theme.style("input.prompt"), clip: area)
        state.sale.input.render(into: &buffer, area: Rect(x: end, y: area.y, width: max(0, area.maxX - end), height: 1), theme: theme)
    }

    private static func cart(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let session = state.sale
        let exponent = session.pricing.currency.exponent
        let amounts = session.priced?.linesByID ?? [:]
        var rows: [Table.Row] = []
        for line in session.cart.lines {
            let amount = amounts[line.id].map { Money.format($0.gross - $0.lineDiscount - $0.promotionDiscount, exponent: exponent) } ?? ""
            let quantity = line.unit == .kilogram ? line.quantity.formatted + " kg" : line.quantity.formatted
            let discount = line.discount.map { _ in " (disc.)" } ?? ""
            let options = line.modifiers.isEmpty ? "" : " · " + line.modifiers.map(\.name).joined(separator: ", ")
            let name = (state.restaurant.open.map { checkMarks(line.id, in: $0).seat } ?? "") + line.name + options
                + (state.restaurant.open.map { checkMarks(line.id, in: $0).status } ?? "")
            rows.append(Table.Row([quantity, line.voided ? "VOID " + name : name + discount,
                                   Money.format(line.effectivePrice, exponent: exponent), line.voided ? "" : amount],
                                  styleKey: line.voided ? "cart.line.voided" : "cart.line"))
        }
        Table(columns: [
            .init("Qty", width: .fixed(8), alignment: .right), .init("Item"),
            .init("Price", width: .fixed(8), alignment: .right), .init("Amount", width: .fixed(9), alignment: .right),
        ], rows: rows, styleKey: "cart").render(into: &buffer, area: area, theme: theme, state: &state.sale.lines)
    }

    /// A check's line: its seat before the name, and where it stands with the kitchen after it.
    private static func checkMarks(_ id: Int, in open: OpenCheck) -> (seat: String, status: String) {
        guard let line = open.check.line(id) else { return ("", "") }
        let status = switch line.status {
        case .pending: " (new)"
        case .held: " (held)"
        case .sent: ""
        }
        return (line.seat.map { "S\($0) " } ?? "", status + (line.note.map { " · \($0)" } ?? ""))
    }

    /// After a sale: the change in big digits, so it can be read across the counter.
    private static func change(_ sale: CompletedSale, state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let amount = Money.format(sale.order.payment.change, exponent: state.currency.exponent)
        let big = BigText(amount, styleKey: "payment.change")
        let top = area.y + max(0, (area.height - BigText.height - 2) / 2)
        _ = buffer.write("CHANGE \(state.currency.code) — receipt \(sale.receiptNumber)", x: area.x + 2, y: top,
                         style: theme.style("cart.total"), clip: area)
        big.render(into: &buffer, area: Rect(x: area.x + 2, y: top + 2, width: max(0, area.width - 2), height: BigText.height)
            .intersection(area), theme: theme)
    }
}

/// The right-hand panel: items, subtotal, discounts, tax, total, and what is paid and still due.
struct TotalsPanel: Widget {
    let state: AppState

    func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let session = state.sale
        var lines: [(String, String, String)] = []
        if let open = state.restaurant.open {
            let check = open.check
            let type = check.orderType == .dineIn ? "" : " \(check.orderType)"
            lines.append(("Table \(check.table)\(type)", "\(check.covers) covers", "cart.total"))
            lines.append(("Next: " + (open.seat.map { "seat \($0)" } ?? "table"), open.course?.description ?? "by category", "cart"))
            if check.rounds > 0 { lines.append(("Rounds sent", "\(check.rounds)", "cart")) }
            if let part = open.partLabel { lines.append((part, open.nextPart.map(state.format) ?? "the rest", "cart.total")) }
        }
        if let customerID = session.cart.customerID {
            lines.append(("Customer", session.customer?.name ?? customerID, "cart.customer"))
        }
        if let priced = session.priced {
            lines.append(("Items", priced.itemCount.formatted, "cart"))
            lines.append(("Subtotal", state.format(priced.subtotal), "cart"))
            if priced.discountTotal != 0 { lines.append(("Discounts", "-" + state.format(priced.discountTotal), "cart.discount")) }
            for promotion in priced.promotions { lines.append(("  " + promotion.name, "-" + state.format(promotion.discount), "cart.discount")) }
            for tax in priced.taxLines { lines.append(("incl. \(tax.rate) tax", state.format(tax.tax), "cart.tax")) }
            lines.append(("", "", "cart"))
            lines.append(("TOTAL \(state.currency.code)", state.format(priced.total), "cart.total"))
            if let payment = session.payment, !session.cart.tenders.isEmpty {
                for tender in session.cart.tenders { lines.append(("  \(tender.kind)", state.format(tender.amount), "cart")) }
                if payment.rounding != 0 { lines.append(("Cash rounding", state.format(payment.rounding), "cart.tax")) }
                lines.append(("Paid", state.format(payment.paid), "cart"))
                lines.append(("To pay", state.format(payment.remaining), "cart.total"))
            }
        } else {
            lines.append(("Cannot price this sale", "", "message.error"))
        }
        buffer.drawBox(area, border: .rounded, style: theme.style("border"))
        let inner = area.inset(by: 1)
        for (index, line) in lines.enumerated() where index < inner.height {
            let y = inner.y + index
            _ = buffer.write(line.0, x: inner.x, y: y, style: theme.style(line.2), clip: inner)
            _ = buffer.write(line.1, x: inner.maxX - line.1.displayWidth, y: y, style: theme.style(line.2), clip: inner)
        }
    }
}
