import TermUI

/// Asks to confirm moving the lane into training or back, saying what happens to the live store.
struct LaneChangeOverlay: Widget {
    let change: LaneChange

    var lines: [String] {
        switch change {
        case .intoTraining:
            ["Put this lane into training?", "",
             "It runs on a practice copy of this store made now. Sales, cash, stock and customers rung up in "
                 + "training never reach the live store, its reports or the hub.",
             "", "Everyone logs in again on the copy.", "", "Enter: start training   Esc: stay live"]
        case .backToLive:
            ["Take this lane back to the live store?", "",
             "Practice sales stay in the training copy; the exercise scores are kept for next time.",
             "", "Everyone logs in again on the live store.", "", "Enter: back to live   Esc: stay in training"]
        }
    }

    func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let width = min(area.width, 64)
        let wrapped = lines.flatMap { $0.isEmpty ? [""] : TextWrap.lines($0, width: width - 4) }
        let box = area.centered(width: width, height: min(area.height, wrapped.count + 2))
        Block(title: "Training mode", border: .double, styleKey: "dialog", borderKey: "dialog.border", titleKey: "dialog.title")
            .render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (offset, line) in wrapped.prefix(inner.height).enumerated() {
            _ = buffer.write(line, x: inner.x, y: inner.y + offset, style: theme.style(offset == 0 ? "dialog.title" : "dialog"), clip: inner)
        }
    }
}
