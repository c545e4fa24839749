public import TermUI
public import TillCore

/// The parked sales to choose from when recalling one.
public struct RecallList: Hashable, Sendable {
    public let sales: [SuspendedSale]
    public var table = TableState(selected: 0)

    public init(sales: [SuspendedSale]) {
        self.sales = sales
    }

    public var selected: SuspendedSale? { table.selected.flatMap { sales.indices.contains($0) ? sales[$0] : nil } }
}

extension AppState {
    /// Keys while the parked sales are listed: move, Enter recalls the highlighted one, Esc closes.
    mutating func recallKey(_ chord: KeyChord, _ list: RecallList) -> [Effect] {
        var list = list
        switch action(for: chord) {
        case .up: list.table.move(by: -1, rowCount: list.sales.count)
        case .down: list.table.move(by: 1, rowCount: list.sales.count)
        case .submit:
            overlay = nil
            guard let chosen = list.selected else { return [] }
            return [.recall(id: chosen.id)]
        case .cancel:
            overlay = nil
            return []
        default:
            break
        }
        overlay = .recall(list)
        return []
    }
}

/// Draws the parked sales over the sale screen: label, items and total of each.
enum RecallOverlay {
    static func render(_ list: RecallList, state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let box = area.centered(width: min(area.width, 64), height: min(area.height, list.sales.count + 5))
        Block(title: "Recall a parked sale", border: .double, styleKey: "dialog", borderKey: "dialog.border", titleKey: "dialog.title")
            .render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let rows = list.sales.map { parked in
            let total = (try? state.sale.pricing.price(parked.cart)).map { state.format($0.total) } ?? "?"
            return Table.Row([parked.label.isEmpty ? "(no name)" : parked.label, parked.cart.activeLines.count.description, total])
        }
        var table = list.table
        Table(columns: [.init("Parked as"), .init("Lines", width: .fixed(6), alignment: .right),
                        .init("Total", width: .fixed(10), alignment: .right)],
              rows: rows, styleKey: "dialog").render(into: &buffer, area: inner.inset(bottom: 1), theme: theme, state: &table)
        _ = buffer.write("Enter recall · Esc close", x: inner.x, y: inner.maxY - 1, style: theme.style("muted"), clip: inner)
    }
}
