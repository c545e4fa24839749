import Foundation
import TermUI
import TillCore
import TillStore

/// The orders screen: today's sales with a receipt search, or one receipt with its refunds, or the
/// refund being chosen line by line.
enum OrdersScreen {
    static func render(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = Layout.rows([.fill(), .fixed(1), .fixed(1), .fixed(1)]).split(area)
        let hints: [Action]
        if let detail = state.orders.detail {
            receipt(detail, state: &state, into: &buffer, area: rows[0], theme: theme)
            hints = state.orders.refund != nil ? [.refundAll, .confirm, .cancel]
                : state.orders.tip != nil ? [.submit, .cancel] : [.help, .refund, .refundAll, .reprint, .addTip, .cancel]
        } else {
            list(&state, into: &buffer, area: rows[0], theme: theme)
            hints = [.help, .submit, .cancel]
        }
        AppScreen.messageLine(state.orders.message, into: &buffer, area: rows[1], theme: theme)
        let input = state.orders.refund?.entry ?? state.orders.tip ?? state.orders.search
        let label = state.orders.refund != nil ? "Refund › " : state.orders.tip != nil ? "Tip › " : state.orders.detail == nil ? "Receipt › " : ""
        let end = buffer.write(label, x: rows[2].x, y: rows[2].y, style: theme.style("input.prompt"), clip: rows[2])
        if !label.isEmpty {
            input.render(into: &buffer, area: Rect(x: end, y: rows[2].y, width: max(0, rows[2].maxX - end), height: 1), theme: theme)
        }
        KeyHintBar(keymap: state.profile.keymap, context: "orders", items: hints.map { .init(action: $0.rawValue, label: $0.label) })
            .render(into: &buffer, area: rows[3], theme: theme)
    }

    private static func list(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = state.orders.sales.map { sale in
            Table.Row(receiptCells(sale, state: state) + [sale.refunded == 0 ? "" : "-" + state.format(sale.refunded),
                                                          sale.receiptPrint == .failed ? "not printed" : ""])
        }
        Block(title: "Today's sales (\(rows.count))", border: .rounded, styleKey: "default", borderKey: "border", titleKey: "title")
            .render(into: &buffer, area: area, theme: theme)
        let inner = area.inset(by: 1)
        if rows.isEmpty {
            _ = buffer.write("No sales yet today.", x: inner.x, y: inner.y, style: theme.style("muted"), clip: inner)
            return
        }
        Table(columns: receiptColumns + [.init("Refunded", width: .fixed(10), alignment: .right), .init("")],
              rows: rows, styleKey: "cart").render(into: &buffer, area: inner, theme: theme, state: &state.orders.table)
    }

    /// Receipt, time, items and total: how a sale reads in a list (here and in a cashier's sales).
    static let receiptColumns: [Table.Column] = [
        .init("Receipt", width: .fixed(8), alignment: .right), .init("Time", width: .fixed(6)),
        .init("Items", width: .fixed(8), alignment: .right), .init("Total", width: .fixed(10), alignment: .right),
    ]

    /// A sale's cells under ``receiptColumns``.
    static func receiptCells(_ sale: SaleSummary, state: AppState) -> [String] {
        let time = Timestamp.date(sale.completedAt).map(AppState.clockText) ?? ""
        return ["\(sale.receiptNumber)", time, Quantity(thousandths: sale.itemCount).formatted, state.format(sale.total)]
    }

    private static func receipt(_ detail: OrderDetail, state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let columns = Layout.columns([.fill(), .fixed(min(34, max(24, area.width / 3)))], spacing: 1).split(area)
        let refunded = detail.refunded
        let form = state.orders.refund
        let priced = detail.order.priced.linesByID
        let rows = detail.soldLines.map { line in
            let back = refunded[line.id].map { "-" + $0.formatted } ?? ""
            let choosing = form.map { $0.quantities[line.id]?.formatted ?? "0" } ?? ""
            return Table.Row([line.quantity.formatted, line.name, priced[line.id].map { state.format($0.total) } ?? "", back, choosing])
        }
        Block(title: "Receipt \(detail.receiptNumber)\(detail.order.training ? " (training)" : "")", border: .rounded,
              styleKey: "default", borderKey: "border", titleKey: "title").render(into: &buffer, area: columns[0], theme: theme)
        var table = form?.table ?? TableState(selected: nil)
        Table(columns: [
            .init("Qty", width: .fixed(7), alignment: .right), .init("Item"), .init("Amount", width: .fixed(9), alignment: .right),
            .init("Refunded", width: .fixed(8), alignment: .right), .init(form == nil ? "" : "Refund", width: .fixed(7), alignment: .right),
        ], rows: rows, styleKey: "cart").render(into: &buffer, area: columns[0].inset(by: 1), theme: theme, state: &table)
        if form != nil { state.orders.refund?.table = table }
        payment(detail, state: state, into: &buffer, area: columns[1], theme: theme)
    }

    /// The right-hand panel: total, tenders, change, and each refund made.
    private static func payment(_ detail: OrderDetail, state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        var lines: [(String, String)] = [("TOTAL \(state.currency.code)", state.format(detail.order.priced.total))]
        for tender in detail.order.tenders { lines.append(("  \(tender.kind)", state.format(tender.amount))) }
        if detail.order.payment.rounding != 0 { lines.append(("Cash rounding", state.format(detail.order.payment.rounding))) }
        lines.append(("Change", state.format(detail.order.payment.change)))
        if let tip = detail.tip { lines.append(("Tip on card", state.format(tip.amount))) }
        for (index, refund) in detail.refunds.enumerated() {
            lines.append(("Refund \(index + 1)", "-" + state.format(refund.total + refund.rounding)))
        }
        buffer.drawBox(area, border: .rounded, style: theme.style("border"))
        let inner = area.inset(by: 1)
        for (index, line) in lines.enumerated() where index < inner.height {
            _ = buffer.write(line.0, x: inner.x, y: inner.y + index, style: theme.style("cart"), clip: inner)
            _ = buffer.write(line.1, x: inner.maxX - line.1.displayWidth, y: inner.y + index, style: theme.style("cart"), clip: inner)
        }
    }
}
