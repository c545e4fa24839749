import TermUI
import TillCore
import TillStore

extension InventoryScreen {
    /// A product's level at every location, or with none looked up, the levels below zero here.
    static func levels(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let inventory = state.inventory
        guard let lookup = inventory.lookup else {
            let inner = panel("Below zero at \(inventory.locationID) (\(inventory.overview.exceptions.count))", into: &buffer, area: area, theme: theme)
            guard !inventory.overview.exceptions.isEmpty else {
                return note(["Nothing is below zero here.", "Scan or type a code to see a product's stock at every location."],
                            into: &buffer, area: inner, theme: theme)
            }
            let rows = inventory.overview.exceptions.map { Table.Row([$0.sku, $0.name, $0.quantity.formatted], styleKey: "message.error") }
            return Table(columns: [.init("SKU", width: .fixed(14)), .init("Item"), .init("On hand", width: .fixed(10), alignment: .right)],
                         rows: rows, styleKey: "cart").render(into: &buffer, area: inner, theme: theme, state: &state.inventory.table)
        }
        let inner = panel("\(lookup.product.name) · \(lookup.product.sku)", into: &buffer, area: area, theme: theme)
        guard let levels = lookup.levels else { return note(["Reading the levels…"], into: &buffer, area: inner, theme: theme) }
        let low = Dictionary(inventory.overview.lowStock.map { ($0.onHand.productID.rawValue + "\t" + $0.onHand.locationID, $0) },
                             uniquingKeysWith: { first, _ in first })
        let places = inventory.overview.locations.map(\.id) + levels.map(\.locationID).filter { id in
            !inventory.overview.locations.contains { $0.id == id }
        }
        var rows = places.map { place in
            let quantity = levels.first { $0.locationID == place }?.quantity ?? Quantity(thousandths: 0)
            let name = inventory.overview.locations.first { $0.id == place }?.name ?? place
            let flag = quantity.thousandths < 0 ? "below zero" : low[lookup.product.id.rawValue + "\t" + place] != nil ? "low" : ""
            return Table.Row([name, quantity.formatted, flag], styleKey: flag.isEmpty ? nil : flag == "low" ? "message.warning" : "message.error")
        }
        for transfer in inventory.overview.inTransit {
            guard let line = transfer.lines.first(where: { $0.productID == lookup.product.id }) else { continue }
            rows.append(Table.Row(["in transit \(transfer.number)", line.sent.formatted, transfer.route], styleKey: "muted"))
        }
        Table(columns: [.init("Location", width: .fixed(22)), .init("On hand", width: .fixed(10), alignment: .right), .init("")],
              rows: rows, styleKey: "cart").render(into: &buffer, area: inner, theme: theme, state: &state.inventory.table)
    }

    /// The delivery being received: lines with their cost and value.
    static func delivery(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let draft = state.inventory.draft
        let reference = draft.reference.map { " · note \($0)" } ?? ""
        let inner = panel("Delivery to \(state.inventory.locationID)\(reference)", into: &buffer, area: area, theme: theme)
        guard !draft.lines.isEmpty else {
            return note(["Scan each item as it comes off the pallet; 12*code for twelve.",
                         "@1.25 gives the selected line its unit cost, #DN-4711 the delivery note.", "F10 books it all at once."],
                        into: &buffer, area: inner, theme: theme)
        }
        let current = state
        let rows = draft.lines.map { line in
            let value = line.unitCost.flatMap { try? StockValue.of(line.quantity, at: $0, product: line.label) }
            return Table.Row([line.quantity.formatted, line.label, line.unitCost.map(current.format) ?? "—", value.map(current.format) ?? ""])
        }
        Table(columns: [.init("Qty", width: .fixed(8), alignment: .right), .init("Item"), .init("Cost", width: .fixed(9), alignment: .right),
                        .init("Value", width: .fixed(10), alignment: .right)],
              rows: rows, styleKey: "cart").render(into: &buffer, area: inner, theme: theme, state: &state.inventory.table)
    }

    /// The adjustment waiting for its reason, and the reasons.
    static func adjustment(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let inner = panel("Adjust at \(state.inventory.locationID)", into: &buffer, area: area, theme: theme)
        var lines: [String]
        if let pending = state.inventory.adjustment {
            lines = ["\(pending.product.name): \(pending.quantity.thousandths > 0 ? "+" : "")\(pending.quantity.formatted)", "Why?"]
        } else {
            lines = ["Scan an item to write one off; -3*code takes three away, +2*code adds two.", "Then pick the reason:"]
        }
        lines += AdjustmentReason.allCases.enumerated().map { "  \($0.offset + 1)  \($0.element.label)" }
        note(lines, into: &buffer, area: inner, theme: theme)
        if state.inventory.adjustment != nil {
            _ = buffer.write(lines[0], x: inner.x, y: inner.y, style: theme.style("title"), clip: inner)
        }
    }

    /// The transfer being received, or the one being sent beside what is in transit.
    static func transfer(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        if let receiving = state.inventory.receiving {
            let inner = panel("Receiving transfer \(receiving.transfer.number) · \(receiving.transfer.route)", into: &buffer, area: area, theme: theme)
            let rows = receiving.transfer.lines.map { line in
                let received = receiving.received(line)
                let difference = received.thousandths - line.sent.thousandths
                return Table.Row([line.label, line.sent.formatted, received.formatted,
                                  difference == 0 ? "" : (difference > 0 ? "+" : "") + Quantity(thousandths: difference).formatted],
                                 styleKey: difference == 0 ? nil : "message.warning")
            }
            return Table(columns: [.init("Item"), .init("Sent", width: .fixed(9), alignment: .right),
                                   .init("Received", width: .fixed(9), alignment: .right), .init("Diff.", width: .fixed(8), alignment: .right)],
                         rows: rows, styleKey: "cart").render(into: &buffer, area: inner, theme: theme, state: &state.inventory.table)
        }
        let columns = area.width >= 70 ? Layout.columns([.fill(), .fixed(min(40, area.width / 2))], spacing: 1).split(area) : [area]
        let draft = state.inventory.draft
        let inner = panel("Transfer \(state.inventory.locationID) → \(draft.destination ?? "?")", into: &buffer, area: columns[0], theme: theme)
        if draft.lines.isEmpty {
            note(["Scan what goes; 12*code for twelve.", ">back-room says where it goes.", "F10 sends it: it leaves here now,",
                  "and arrives when received there."], into: &buffer, area: inner, theme: theme)
        } else {
            Table(columns: [.init("Qty", width: .fixed(8), alignment: .right), .init("Item")],
                  rows: draft.lines.map { Table.Row([$0.quantity.formatted, $0.label]) }, styleKey: "cart")
                .render(into: &buffer, area: inner, theme: theme, state: &state.inventory.table)
        }
        guard columns.count > 1 else { return }
        let transit = panel("In transit (\(state.inventory.overview.inTransit.count))", into: &buffer, area: columns[1], theme: theme)
        let lines = state.inventory.overview.inTransit.map { "\($0.number)  \($0.route)  \($0.lines.count) line\($0.lines.count == 1 ? "" : "s")" }
        note(lines.isEmpty ? ["Nothing is on its way."] : lines + ["", "R and a number receives one."], into: &buffer, area: transit, theme: theme)
    }

    /// The open count's sheet with variances, or how to start one.
    static func count(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard let count = state.inventory.overview.openCount else {
            let inner = panel("Count at \(state.inventory.locationID)", into: &buffer, area: area, theme: theme)
            return note(["No count is open here.", "F10 starts a count of what you scan (the rest keeps its level);",
                         "type full and Enter to count everything here (what nobody counts is taken as none).",
                         "What the books say is frozen at the start, so selling on is fine."], into: &buffer, area: inner, theme: theme)
        }
        let report = try? count.report()
        let counted = count.sheet.count { $0.counted != nil }
        let title = "Count \(count.number) · \(count.locationID) · \(count.scope.rawValue) · \(counted) of \(count.sheet.count) counted"
            + (report.map { " · \(state.format($0.netValue))" } ?? "")
        let inner = panel(title, into: &buffer, area: area, theme: theme)
        let current = state
        let rows = count.sheet.map { line in
            let variance = line.variance(in: count.scope)
            let value = variance.flatMap { variance in line.unitCost.flatMap { try? StockValue.of(variance, at: $0, product: line.label) } }
            let style = (variance?.thousandths ?? 0) == 0 ? nil : "message.warning"
            return Table.Row([line.label, line.expected.formatted, line.counted?.formatted ?? "·",
                              variance.map { ($0.thousandths > 0 ? "+" : "") + $0.formatted } ?? "", value.map(current.format) ?? ""],
                             styleKey: style)
        }
        Table(columns: [.init("Item"), .init("Expected", width: .fixed(9), alignment: .right), .init("Counted", width: .fixed(8), alignment: .right),
                        .init("Var.", width: .fixed(7), alignment: .right), .init("Value", width: .fixed(9), alignment: .right)],
              rows: rows, styleKey: "cart").render(into: &buffer, area: inner, theme: theme, state: &state.inventory.table)
    }

    /// Products at or below their reorder point here, with what to order.
    static func lowStock(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let entries = state.inventory.overview.lowStock
        let inner = panel("Low stock at \(state.inventory.locationID) (\(entries.count))", into: &buffer, area: area, theme: theme)
        guard !entries.isEmpty else {
            return note(["Nothing is at or below its reorder point here.", "Set reorder points with till stock reorder."],
                        into: &buffer, area: inner, theme: theme)
        }
        let rows = entries.map {
            Table.Row([$0.onHand.sku, $0.onHand.name, $0.onHand.quantity.formatted, $0.reorder.point.formatted, $0.suggested.formatted],
                      styleKey: $0.onHand.isException ? "message.error" : nil)
        }
        Table(columns: [.init("SKU", width: .fixed(12)), .init("Item"), .init("On hand", width: .fixed(8), alignment: .right),
                        .init("Reorder", width: .fixed(8), alignment: .right), .init("Order", width: .fixed(7), alignment: .right)],
              rows: rows, styleKey: "cart").render(into: &buffer, area: inner, theme: theme, state: &state.inventory.table)
    }
}
