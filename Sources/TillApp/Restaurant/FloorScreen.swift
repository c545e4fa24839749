import TermUI
import TillStore

/// The floor: every table as a box with its state (free, seated, ordered, bill, paying, paid), covers and server, and the
/// line where the server types a table to open it.
enum FloorScreen {
    /// Columns a table's box takes, and rows.
    static let cellWidth = 16
    static let cellHeight = 4

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = Layout.rows([.fill(), .fixed(1), .fixed(1), .fixed(1)]).split(area)
        let perRow = max(1, rows[0].width / cellWidth)
        for (index, table) in state.profile.restaurant.tables.enumerated() {
            let cell = Rect(x: rows[0].x + (index % perRow) * cellWidth, y: rows[0].y + (index / perRow) * cellHeight,
                            width: cellWidth - 1, height: cellHeight)
            guard cell.maxY <= rows[0].maxY else { break }
            tableBox(table, checks: state.restaurant.checks(at: table), paid: state.restaurant.paidTables.contains(table), into: &buffer,
                     area: cell, theme: theme)
        }
        AppScreen.messageLine(state.restaurant.message, into: &buffer, area: rows[1], theme: theme)
        let label = state.restaurant.seating.map { "Covers at table \($0) › " } ?? "Table › "
        let end = buffer.write(label, x: rows[2].x, y: rows[2].y, style: theme.style("input.prompt"), clip: rows[2])
        state.restaurant.input.render(into: &buffer, area: Rect(x: end, y: rows[2].y, width: max(0, rows[2].maxX - end), height: 1),
                                      theme: theme)
        KeyHintBar(keymap: state.profile.keymap, context: "floor", items: [
            .init(action: Action.submit.rawValue, label: "Open"),
            .init(action: Action.cancel.rawValue, label: "Back"),
            .init(action: Action.showSale.rawValue, label: Action.showSale.label),
            .init(action: Action.lock.rawValue, label: Action.lock.label),
        ]).render(into: &buffer, area: rows[3], theme: theme)
    }

    /// One table: its name, then its state; with a check, the covers and server (and how many checks).
    private static func tableBox(_ table: String, checks: [OpenCheckSummary], paid: Bool, into buffer: inout Buffer, area: Rect,
                                 theme: Theme) {
        let (label, styleKey) = status(of: checks, paid: paid)
        buffer.drawBox(area, border: .rounded, style: theme.style(checks.isEmpty ? "border" : styleKey))
        let inner = area.inset(by: 1)
        _ = buffer.write(table, x: inner.x, y: inner.y, style: theme.style("cart.total"), clip: inner)
        _ = buffer.write(label, x: inner.maxX - label.displayWidth, y: inner.y, style: theme.style(styleKey), clip: inner)
        guard let first = checks.first else { return }
        let covers = checks.reduce(0) { $0 + $1.covers }
        let more = checks.count > 1 ? " ×\(checks.count)" : ""
        _ = buffer.write("\(covers)p \(first.serverID)\(more)", x: inner.x, y: inner.y + 1, style: theme.style("cart.line"), clip: inner)
    }

    /// What the table is doing: free, seated (nothing sent), ordered (the kitchen has it), bill
    /// (printed, waiting to pay), paying, paid (lately, to be cleared).
    static func status(of checks: [OpenCheckSummary], paid: Bool) -> (label: String, styleKey: String) {
        if checks.isEmpty { return paid ? ("paid", "message.ok") : ("free", "cart.line.voided") }
        if checks.contains(where: { $0.paying }) { return ("paying", "message.warning") }
        if checks.contains(where: { $0.billed }) { return ("bill", "message.warning") }
        if checks.contains(where: { $0.sent }) { return ("ordered", "message.ok") }
        return ("seated", "cart.customer")
    }
}
