import TermUI
import TillCore

/// The options of the group being asked for an item, numbered for the keys that pick them.
struct ModifierPanel: Widget {
    let pick: ModifierPick
    let state: AppState

    func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let group = pick.group
        let groups = pick.item.product.modifierGroups
        let rule = group.minChoices == group.maxChoices ? "choose \(group.minChoices)"
            : "choose \(group.minChoices) to \(group.maxChoices)"
        Block(title: "\(pick.item.product.name) — \(group.name) (\(pick.groupIndex + 1)/\(groups.count))",
              border: .rounded, styleKey: "default", borderKey: "border", titleKey: "title")
            .render(into: &buffer, area: area, theme: theme)
        let inner = area.inset(top: 1, left: 2, bottom: 1, right: 2)
        _ = buffer.write(rule + ", then Enter", x: inner.x, y: inner.y, style: theme.style("muted"), clip: inner)
        for (index, option) in group.options.enumerated() where index + 2 < inner.height {
            let chosen = pick.chosenHere.contains(option.id)
            let delta = option.priceDelta == 0 ? "" : (option.priceDelta > 0 ? "+" : "") + state.format(option.priceDelta)
            let y = inner.y + 2 + index
            _ = buffer.write("\(index + 1)  \(chosen ? "[x]" : "[ ]") \(option.name)", x: inner.x, y: y,
                             style: theme.style(chosen ? "cart.line.selected" : "cart.line"), clip: inner)
            _ = buffer.write(delta, x: inner.maxX - delta.displayWidth, y: y, style: theme.style("cart.line"), clip: inner)
        }
    }
}
