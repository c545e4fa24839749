import TermUI

/// The reports screen: the report as it prints (48 columns), with the keys to scroll and to take the Z.
enum ReportsScreen {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = Layout.rows([.fill(), .fixed(1), .fixed(1)]).split(area)
        let box = rows[0].centered(width: min(rows[0].width, 52), height: rows[0].height)
        Block(title: state.reports.title, border: .rounded).render(into: &buffer, area: box, theme: theme)
        state.reports.pane.render(into: &buffer, area: box.inset(top: 1, left: 2, bottom: 1, right: 1), theme: theme)
        AppScreen.messageLine(state.reports.message, into: &buffer, area: rows[1], theme: theme)
        KeyHintBar(keymap: state.profile.keymap, context: "reports", items: [
            .init(action: Action.confirm.rawValue, label: "Z report (close the day)"),
            .init(action: Action.pageDown.rawValue, label: Action.pageDown.label),
            .init(action: Action.cancel.rawValue, label: "Back"),
            .init(action: Action.help.rawValue, label: Action.help.label),
        ]).render(into: &buffer, area: rows[2], theme: theme)
    }
}
