import TillCore
import TermUI

/// The supervisor prompt drawn over the screen: what needs approving, who may, and the three fields.
enum ApprovalOverlay {
    static func render(_ prompt: ApprovalPrompt, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let box = area.centered(width: min(area.width, 60), height: min(area.height, 11))
        Block(title: "Approval needed", border: .double, styleKey: "dialog", borderKey: "dialog.border", titleKey: "dialog.title")
            .render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let roles = prompt.approverRoles.map(\.rawValue).joined(separator: " or ")
        _ = buffer.write("\(prompt.action.description.capitalizedFirst) needs a \(roles).", x: inner.x, y: inner.y,
                         style: theme.style("dialog"), clip: inner)
        LoginScreen.field("Approver", prompt.staff, focused: prompt.field == .staff, y: inner.y + 2, inner: inner, buffer: &buffer, theme: theme)
        LoginScreen.field("PIN", prompt.pin, focused: prompt.field == .pin, y: inner.y + 3, inner: inner, buffer: &buffer, theme: theme)
        LoginScreen.field("Reason", prompt.reason, focused: prompt.field == .reason, y: inner.y + 4, inner: inner, buffer: &buffer, theme: theme)
        if let message = prompt.message {
            _ = buffer.write(message.text, x: inner.x, y: inner.y + 6, style: theme.style(message.styleKey), clip: inner)
        }
        _ = buffer.write("Enter: next / approve   Esc: cancel", x: inner.x, y: inner.maxY - 1, style: theme.style("muted"), clip: inner)
    }
}

extension String {
    /// The text with its first letter in capitals, for sentences built from descriptions.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
