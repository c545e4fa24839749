import Foundation
import TermUI
import TillCore
import TillStore

/// The reports screen: the days and the report keys on top, then the report — as it prints (48
/// columns), or as a bar chart of the hours, or a table of categories to drill into.
enum ReportsScreen {
    static func render(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = Layout.rows([.fixed(1), .fill(), .fixed(1), .fixed(1)]).split(area)
        let keys = ReportKind.allCases.enumerated().map { "\($0.offset + 1) \($0.element.title)" }.joined(separator: "  ")
        _ = buffer.write(" " + keys, x: rows[0].x, y: rows[0].y, style: theme.style("muted"), clip: rows[0])
        let box = rows[1].centered(width: min(rows[1].width, state.reports.kind == .hourly ? 76 : 52), height: rows[1].height)
        Block(title: state.reports.title, border: .rounded).render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 1)
        let reports = state.reports
        if reports.takenZ == nil, let period = reports.period, reports.kind == .hourly {
            hours(period, state: state, into: &buffer, area: inner, theme: theme)
        } else if reports.takenZ == nil, let period = reports.period, reports.kind == .categories {
            categories(period, state: &state, into: &buffer, area: inner, theme: theme)
        } else if reports.takenZ == nil, let period = reports.period, reports.kind == .cashiers {
            cashiers(period, state: &state, into: &buffer, area: inner, theme: theme)
        } else {
            reports.pane.render(into: &buffer, area: inner, theme: theme)
        }
        AppScreen.messageLine(reports.message, into: &buffer, area: rows[2], theme: theme)
        KeyHintBar(keymap: state.profile.keymap, context: "reports", items: [
            .init(action: Action.confirm.rawValue, label: "Z report (close the day)"),
            .init(action: Action.reprint.rawValue, label: "Print"),
            .init(action: Action.pageDown.rawValue, label: Action.pageDown.label),
            .init(action: Action.cancel.rawValue, label: "Back"),
            .init(action: Action.help.rawValue, label: Action.help.label),
        ]).render(into: &buffer, area: rows[3], theme: theme)
        _ = buffer.write("←→ days  [ ] from", x: rows[3].maxX - 18, y: rows[3].y, style: theme.style("muted"), clip: rows[3])
    }

    /// Net sales per hour from the first to the last hour with sales, and a sparkline of the days.
    private static func hours(_ period: PeriodReport, state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let busy = period.analysis.hours.filter { $0.sales.count > 0 }.map(\.hour)
        guard let first = busy.min(), let last = busy.max() else {
            _ = buffer.write("No sales in these days.", x: area.x, y: area.y, style: theme.style("muted"), clip: area)
            return
        }
        let bars = period.analysis.hours.filter { (first...last).contains($0.hour) }.map {
            BarChart.Bar(String(format: "%02d:00", $0.hour), value: Double($0.sales.amount),
                         valueText: "\(state.format($0.sales.amount)) (\($0.sales.count))")
        }
        let chartHeight = period.analysis.days.count > 1 ? area.height - 2 : area.height
        BarChart(bars: bars).render(into: &buffer, area: Rect(x: area.x, y: area.y, width: area.width, height: chartHeight), theme: theme)
        guard period.analysis.days.count > 1 else { return }
        let y = area.maxY - 1
        let end = buffer.write("Days ", x: area.x, y: y, style: theme.style("muted"), clip: area)
        Sparkline(values: period.analysis.days.map { Double($0.sales.amount) })
            .render(into: &buffer, area: Rect(x: end, y: y, width: max(0, area.maxX - end), height: 1), theme: theme)
    }

    /// The categories with their net sales; Enter shows the items of the highlighted one.
    private static func categories(_ period: PeriodReport, state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        if let drilled = state.reports.drilledCategory {
            let rows = period.analysis.items.filter { $0.categoryID == drilled.categoryID }.map {
                Table.Row([$0.name, $0.quantity.formatted, state.format($0.net)])
            }
            var table = TableState(selected: nil)
            Table(columns: [.init("Item"), .init("Qty", width: .fixed(8), alignment: .right),
                            .init("Net", width: .fixed(10), alignment: .right)],
                  rows: rows, styleKey: "cart").render(into: &buffer, area: area, theme: theme, state: &table)
            return
        }
        let rows = period.analysis.categories.map { Table.Row([$0.categoryID ?? "(none)", $0.quantity.formatted, state.format($0.net)]) }
        Table(columns: [.init("Category"), .init("Qty", width: .fixed(8), alignment: .right),
                        .init("Net", width: .fixed(10), alignment: .right)],
              rows: rows, styleKey: "cart").render(into: &buffer, area: area, theme: theme, state: &state.reports.categories)
    }

    /// The cashiers with their sales; Enter shows the receipts of the highlighted one.
    private static func cashiers(_ period: PeriodReport, state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        if let drilled = state.reports.drilledCashier {
            guard let sales = drilled.sales else {
                _ = buffer.write("Reading the sales…", x: area.x, y: area.y, style: theme.style("muted"), clip: area)
                return
            }
            let rows = sales.map { Table.Row(OrdersScreen.receiptCells($0, state: state)) }
            var table = TableState(selected: nil)
            Table(columns: OrdersScreen.receiptColumns, rows: rows, styleKey: "cart")
                .render(into: &buffer, area: area, theme: theme, state: &table)
            return
        }
        let rows = period.analysis.cashiers.map { Table.Row([$0.staffID, "\($0.sales.count)", state.format($0.net)]) }
        Table(columns: [.init("Cashier"), .init("Sales", width: .fixed(6), alignment: .right),
                        .init("Net", width: .fixed(10), alignment: .right)],
              rows: rows, styleKey: "cart").render(into: &buffer, area: area, theme: theme, state: &state.reports.cashiers)
    }
}
