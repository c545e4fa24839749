import TermUI
import TillCore
import TillStore

/// The stock screen: tabs for looking levels up, receiving, adjusting, transferring, counting and
/// the low-stock list, all at one location of the store, with the command line below.
enum InventoryScreen {
    static func render(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = Layout.rows([.fixed(1), .fill(), .fixed(1), .fixed(1), .fixed(1)]).split(area)
        tabs(state, into: &buffer, area: rows[0], theme: theme)
        switch state.inventory.mode {
        case .levels: levels(&state, into: &buffer, area: rows[1], theme: theme)
        case .receive: delivery(&state, into: &buffer, area: rows[1], theme: theme)
        case .adjust: adjustment(state, into: &buffer, area: rows[1], theme: theme)
        case .transfer: transfer(&state, into: &buffer, area: rows[1], theme: theme)
        case .count: count(&state, into: &buffer, area: rows[1], theme: theme)
        case .lowStock: lowStock(&state, into: &buffer, area: rows[1], theme: theme)
        }
        AppScreen.messageLine(state.inventory.message, into: &buffer, area: rows[2], theme: theme)
        var input = state.inventory.input
        input.placeholder = placeholder(state.inventory)
        let end = buffer.write("\(state.inventory.mode.title) › ", x: rows[3].x, y: rows[3].y, style: theme.style("input.prompt"), clip: rows[3])
        input.render(into: &buffer, area: Rect(x: end, y: rows[3].y, width: max(0, rows[3].maxX - end), height: 1), theme: theme)
        let hints: [Action] = state.inventory.mode == .levels || state.inventory.mode == .lowStock
            ? [.help, .stockReceive, .stockAdjust, .stockTransfer, .stockCount, .stockLow, .nextLocation, .cancel]
            : [.help, .confirm, .stockLevels, .nextLocation, .cancel]
        KeyHintBar(keymap: state.profile.keymap, context: "inventory", items: hints.map { .init(action: $0.rawValue, label: $0.label) })
            .render(into: &buffer, area: rows[4], theme: theme)
    }

    /// The tab line: each tab with its key, the open one highlighted, and the location at the right.
    private static func tabs(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let place = state.inventory.overview.locations.first { $0.id == state.inventory.locationID }?.name ?? state.inventory.locationID
        let right = " @ \(place) "
        _ = buffer.write(right, x: max(area.x, area.maxX - right.displayWidth), y: area.y, style: theme.style("title"), clip: area)
        let clip = Rect(x: area.x, y: area.y, width: max(0, area.width - right.displayWidth), height: 1)
        var x = area.x
        for mode in InventoryMode.allCases {
            let key = state.profile.keymap.chords(for: mode.action.rawValue, in: "inventory").first.map { "\($0.description) " } ?? ""
            let label = "\(key)\(mode.title)"
            guard x + label.displayWidth <= clip.maxX else { break }
            x = buffer.write(label, x: x, y: area.y, style: theme.style(mode == state.inventory.mode ? "hint.key" : "hint.label"), clip: clip)
            x += 1
        }
    }

    /// The command line's hint for what the tab takes.
    private static func placeholder(_ inventory: InventoryState) -> String {
        switch inventory.mode {
        case .levels, .lowStock: "scan or type a code to see its stock everywhere"
        case .receive: "scan · 12*code · @cost · #delivery note · VD · F10 book"
        case .adjust: inventory.adjustment == nil ? "scan (takes 1 away) · -3*code · +2*code" : "pick the reason: 1–8, Esc to drop"
        case .transfer:
            inventory.receiving == nil ? "scan · 12*code · >to location · R number receives · F10 send" : "scan what arrived if it differs · F10 receive"
        case .count:
            inventory.overview.openCount == nil ? "F10 starts a count of what you scan · full Enter counts everything"
                : "scan to count · 12*code · -1*code takes back · cancel"
        }
    }

    /// A bordered panel with a title; returns the area inside it.
    static func panel(_ title: String, into buffer: inout Buffer, area: Rect, theme: Theme) -> Rect {
        Block(title: title, border: .rounded, styleKey: "default", borderKey: "border", titleKey: "title").render(into: &buffer, area: area, theme: theme)
        return area.inset(by: 1)
    }

    /// Lines of muted text, for an empty tab's explanation.
    static func note(_ lines: [String], into buffer: inout Buffer, area: Rect, theme: Theme) {
        for (index, line) in lines.enumerated() where index < area.height {
            _ = buffer.write(line, x: area.x, y: area.y + index, style: theme.style("muted"), clip: area)
        }
    }
}
