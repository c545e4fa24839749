import TillCore
import TermUI

/// The login and lock screen: a small panel with the staff number and the masked PIN.
enum LoginScreen {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let locked = state.user.map { "\($0.name)'s session is locked; the sale in progress waits.\n" } ?? ""
        let intro = locked + "Type your staff number, Enter, then your PIN, Enter."
        let width = min(area.width, 60)
        let hint = TextWrap.lines(state.profile.loginHint ?? "", width: max(1, width - 4))
        let introLines = TextWrap.lines(intro, width: max(1, width - 4))
        let height = introLines.count + 4 + (hint.isEmpty ? 0 : hint.count + 1) + 2
        let panel = area.inset(bottom: 2).centered(width: width, height: min(area.height - 2, height))
        Block(title: state.user == nil ? "Log in" : "Locked", border: .rounded, styleKey: "dialog", borderKey: "dialog.border",
              titleKey: "dialog.title").render(into: &buffer, area: panel, theme: theme)
        let inner = panel.inset(top: 1, left: 2, bottom: 1, right: 2)
        var y = inner.y
        for line in introLines {
            _ = buffer.write(line, x: inner.x, y: y, style: theme.style("dialog"), clip: inner)
            y += 1
        }
        y += 1
        field("Staff no.", state.login.staff, focused: state.login.field == .staff, y: y, inner: inner, buffer: &buffer, theme: theme)
        field("PIN", state.login.pin, focused: state.login.field == .pin, y: y + 1, inner: inner, buffer: &buffer, theme: theme)
        y += 3
        for line in hint where y < inner.maxY {
            _ = buffer.write(line, x: inner.x, y: y, style: theme.style("muted"), clip: inner)
            y += 1
        }
        AppScreen.footer(message: state.login.message, hints: [.submit, .cancel, .help, .quit], state: state,
                         into: &buffer, area: area, theme: theme)
    }

    /// A labelled input; only the focused one shows the terminal cursor.
    static func field(_ label: String, _ input: TextInput, focused: Bool, y: Int, inner: Rect, buffer: inout Buffer, theme: Theme) {
        let labelWidth = 11
        _ = buffer.write(label, x: inner.x, y: y, style: theme.style(focused ? "input.prompt" : "dialog"), clip: inner)
        let box = Rect(x: inner.x + labelWidth, y: y, width: max(0, inner.width - labelWidth), height: 1).intersection(inner)
        let cursor = buffer.cursor
        input.render(into: &buffer, area: box, theme: theme)
        if !focused { buffer.cursor = cursor }
    }
}
