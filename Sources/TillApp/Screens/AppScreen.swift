public import TermUI

/// Draws the whole frame for the app's state: status bar, the current screen, and any overlay.
///
/// Screens draw into the buffer only, so every one of them is tested by rendering into a buffer.
public enum AppScreen {
    public static func render(_ state: inout AppState, into buffer: inout Buffer, theme: Theme) {
        buffer.fill(buffer.area, with: Cell(" ", style: theme.style("default")))
        let rows = Layout.rows([.fixed(1), .fill()]).split(buffer.area)
        state.statusBar(width: buffer.width).render(into: &buffer, area: rows[0], theme: theme)
        switch state.route {
        case .login: LoginScreen.render(state, into: &buffer, area: rows[1], theme: theme)
        case .sale: SaleScreen.render(&state, into: &buffer, area: rows[1], theme: theme)
        case .payment: PaymentScreen.render(state, into: &buffer, area: rows[1], theme: theme)
        case .shift: ShiftScreen.render(&state, into: &buffer, area: rows[1], theme: theme)
        case .menu: MenuScreen.render(&state, into: &buffer, area: rows[1], theme: theme)
        case .orders: OrdersScreen.render(&state, into: &buffer, area: rows[1], theme: theme)
        case .reports: ReportsScreen.render(&state, into: &buffer, area: rows[1], theme: theme)
        case .inventory: InventoryScreen.render(&state, into: &buffer, area: rows[1], theme: theme)
        case .customers: CustomersScreen.render(&state, into: &buffer, area: rows[1], theme: theme)
        case .floor: FloorScreen.render(state, into: &buffer, area: rows[1], theme: theme)
        }
        switch state.overlay {
        case .help:
            let checkKeys: Set<Action> = state.restaurant.open == nil ? Action.checkActions : []
            HelpOverlay(keymap: state.profile.keymap, context: state.route.keymapContext, title: state.route.title,
                        hidden: checkKeys.union(state.profile.restaurant.isOn ? [] : [.showFloor]))
                .render(into: &buffer, area: rows[1], theme: theme)
        case .printout: PrintoutOverlay(lines: state.lastPrintout ?? []).render(into: &buffer, area: rows[1], theme: theme)
        case .approval(let prompt): ApprovalOverlay.render(prompt, into: &buffer, area: rows[1], theme: theme)
        case .recall(let list): RecallOverlay.render(list, state: state, into: &buffer, area: rows[1], theme: theme)
        case .exercises(let menu): ExerciseMenuOverlay.render(menu, state: state, into: &buffer, area: rows[1], theme: theme)
        case .laneChange(let change): LaneChangeOverlay(change: change).render(into: &buffer, area: rows[1], theme: theme)
        case nil: break
        }
    }

    /// The feedback line: the message in its kind's colour, or nothing.
    static func messageLine(_ message: Message?, into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard let message else { return }
        _ = buffer.write(" " + message.text, x: area.x, y: area.y, style: theme.style(message.styleKey), clip: area)
    }

    /// The bottom rows most screens share: message, then key hints for the screen's own actions.
    static func footer(message: Message?, hints: [Action], state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = Layout.rows([.fixed(1), .fixed(1)]).split(area.inset(top: max(0, area.height - 2)))
        messageLine(message, into: &buffer, area: rows[0], theme: theme)
        KeyHintBar(keymap: state.profile.keymap, context: state.route.keymapContext,
                   items: hints.map { .init(action: $0.rawValue, label: $0.label) })
            .render(into: &buffer, area: rows[1], theme: theme)
    }
}
