import TermUI
import TillCore

/// The menu: categories on the left, the category's items (or what the search found) numbered for
/// quick keys, the sale's totals on the right, and the search line on top.
enum MenuScreen {
    static func render(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = Layout.rows([.fixed(1), .fill(), .fixed(1), .fixed(1), .fixed(1)]).split(area)
        let end = buffer.write(" Search › ", x: rows[0].x, y: rows[0].y, style: theme.style("input.prompt"), clip: rows[0])
        state.menu.search.render(into: &buffer, area: Rect(x: end, y: rows[0].y, width: max(0, rows[0].maxX - end), height: 1),
                                 theme: theme)
        let columns = Layout.columns([.fixed(min(22, area.width / 5)), .fill(), .fixed(min(32, max(24, area.width / 4)))], spacing: 1)
            .split(rows[1])
        categories(state, into: &buffer, area: columns[0], theme: theme)
        if case .modifiers(let pick)? = state.sale.prompt {
            ModifierPanel(pick: pick, state: state).render(into: &buffer, area: columns[1], theme: theme)
        } else {
            items(&state, into: &buffer, area: columns[1], theme: theme)
        }
        TotalsPanel(state: state).render(into: &buffer, area: columns[2], theme: theme)
        AppScreen.messageLine(state.menu.problem.map { Message($0, .error) } ?? state.sale.message, into: &buffer, area: rows[2], theme: theme)
        SaleScreen.commandLine(state, into: &buffer, area: rows[3], theme: theme)
        KeyHintBar(keymap: state.profile.keymap, context: "menu", items: [
            .init(action: Action.help.rawValue, label: Action.help.label),
            .init(action: Action.submit.rawValue, label: "Add"),
            .init(action: Action.pageDown.rawValue, label: "Next cat."),
            .init(action: Action.showMenu.rawValue, label: "Sale"),
            .init(action: Action.pay.rawValue, label: Action.pay.label),
            .init(action: Action.cancel.rawValue, label: "Back"),
        ]).render(into: &buffer, area: rows[4], theme: theme)
    }

    private static func categories(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        Block(title: "Categories", border: .rounded, styleKey: "default", borderKey: "border", titleKey: "title")
            .render(into: &buffer, area: area, theme: theme)
        let inner = area.inset(by: 1)
        let searching = !state.menu.search.text.isEmpty
        for (index, category) in state.menu.categories.enumerated() where index < inner.height {
            let current = index == state.menu.categoryIndex && !searching
            _ = buffer.write((current ? "▸ " : "  ") + category.name, x: inner.x, y: inner.y + index,
                             style: theme.style(current ? "cart.line.selected" : "cart.line"), clip: inner)
        }
    }

    private static func items(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let time = state.sale.clock()
        let rows = state.menu.items.enumerated().map { index, entry in
            let numbered = state.menu.search.text.isEmpty || state.menu.isCodeTyped
            let key = index < 9 && numbered ? "\(index + 1)" : ""
            return Table.Row([key, entry.name, state.format(entry.price(at: time)), entry.note(at: time)],
                             styleKey: entry.availableNow(time) ? "cart.line" : "cart.line.voided")
        }
        let title = state.menu.search.text.isEmpty || state.menu.isCodeTyped ? state.menu.category?.name ?? "Items" : "Found"
        Block(title: title, border: .rounded, styleKey: "default", borderKey: "border", titleKey: "title")
            .render(into: &buffer, area: area, theme: theme)
        Table(columns: [
            .init("#", width: .fixed(2), alignment: .right), .init("Item"),
            .init("Price", width: .fixed(9), alignment: .right), .init("", width: .fixed(8)),
        ], rows: rows, styleKey: "cart").render(into: &buffer, area: area.inset(by: 1), theme: theme, state: &state.menu.table)
    }
}
