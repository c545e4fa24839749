import Foundation
import TermUI
import TillCore

/// The shift screen: the operations menu, the float and blind counts, cash movements, the close review
/// and the X figures of the open shift.
enum ShiftScreen {
    static func render(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let body = area.inset(bottom: 2)
        var hints: [Action] = [.submit, .cancel, .help]
        switch state.shiftForm.mode {
        case .menu: menu(&state, into: &buffer, area: body, theme: theme)
        case .openFloat, .count:
            count(&state, into: &buffer, area: body, theme: theme)
            hints = [.submit, .confirm, .cancel, .help]
        case .movement(let kind): movement(kind, state, into: &buffer, area: body, theme: theme)
        case .review(let close): review(close, state, into: &buffer, area: body, theme: theme)
        case .xReport: xReport(state, into: &buffer, area: body, theme: theme)
        }
        AppScreen.footer(message: state.shiftForm.message, hints: hints, state: state, into: &buffer, area: area, theme: theme)
    }

    private static func menu(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let title = state.shift.map { "Shift open since \(AppState.clockText($0.openedAt)) — float \(state.format($0.openingFloat.total.minorUnits))" }
            ?? "No shift open"
        let box = area.centered(width: min(area.width, 60), height: min(area.height, ShiftOperation.allCases.count + 4))
        Block(title: title, border: .rounded).render(into: &buffer, area: box, theme: theme)
        let table = Table(columns: [.init("", width: .fixed(3)), .init("")],
                          rows: ShiftOperation.allCases.map { Table.Row(["\($0.rawValue)", $0.label]) }, showsHeader: false)
        table.render(into: &buffer, area: box.inset(top: 1, left: 2, bottom: 1, right: 2), theme: theme, state: &state.shiftForm.menu)
    }

    private static func count(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let opening = state.shiftForm.mode == .openFloat
        let title = opening ? "Open the shift: count the float" : "Close the shift: count the drawer (blind)"
        let form = state.shiftForm.count
        let box = area.centered(width: min(area.width, 50), height: min(area.height, form.quantities.count + 7))
        Block(title: title, border: .rounded).render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let rows = zip(form.denominations.denominations, form.quantities).map { denomination, quantity in
            Table.Row([denomination.label, quantity == 0 ? "" : "× \(quantity)",
                       quantity == 0 ? "" : state.format(denomination.minorUnits * Int64(quantity))])
        }
        Table(columns: [.init("Note / coin", width: .fixed(12)), .init("Count", width: .fixed(10), alignment: .right),
                        .init("Amount", alignment: .right)], rows: rows)
            .render(into: &buffer, area: inner.inset(bottom: 3), theme: theme, state: &state.shiftForm.count.rows)
        let totalY = inner.maxY - 3
        _ = buffer.write("Counted: \(state.format(form.total))", x: inner.x, y: totalY, style: theme.style("cart.total"), clip: inner)
        let label = "\(form.selected?.label ?? "") × "
        let end = buffer.write(label, x: inner.x, y: inner.maxY - 1, style: theme.style("input.prompt"), clip: inner)
        form.input.render(into: &buffer, area: Rect(x: end, y: inner.maxY - 1, width: max(0, inner.maxX - end), height: 1), theme: theme)
    }

    private static func movement(_ kind: CashMovement.Kind, _ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let box = area.centered(width: min(area.width, 56), height: 7)
        Block(title: kind.description.capitalized, border: .rounded).render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let form = state.shiftForm
        if kind != .noSale {
            LoginScreen.field("Amount", form.amount, focused: form.field == .amount, y: inner.y + 1, inner: inner, buffer: &buffer, theme: theme)
        }
        LoginScreen.field("Reason", form.reason, focused: form.field == .reason, y: inner.y + 3, inner: inner, buffer: &buffer, theme: theme)
    }

    private static func review(_ close: ShiftClose, _ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let box = area.centered(width: min(area.width, 56), height: 10)
        Block(title: "Shift count", border: .rounded).render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let figures = [("Expected in the drawer", close.expected.minorUnits), ("Counted", close.counted.total.minorUnits),
                       ("Over / short", close.overShort.minorUnits)]
        for (index, figure) in figures.enumerated() {
            _ = buffer.write(figure.0, x: inner.x, y: inner.y + index, style: theme.style("default"), clip: inner)
            let text = state.format(figure.1)
            _ = buffer.write(text, x: inner.maxX - text.displayWidth, y: inner.y + index,
                             style: theme.style(index == 2 && figure.1 != 0 ? "message.warning" : "cart.total"), clip: inner)
        }
        let ask = close.reasonRequired ? "Past the \(state.format(close.varianceThreshold.minorUnits)) limit: give a reason."
                                       : "Enter closes the shift (a reason is optional)."
        _ = buffer.write(ask, x: inner.x, y: inner.y + 4, style: theme.style("muted"), clip: inner)
        LoginScreen.field("Reason", state.shiftForm.reason, focused: true, y: inner.y + 6, inner: inner, buffer: &buffer, theme: theme)
    }

    private static func xReport(_ state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let box = area.centered(width: min(area.width, 56), height: 11)
        Block(title: "X report — drawer so far", border: .rounded).render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard let shift = state.shift else {
            _ = buffer.write("No shift is open.", x: inner.x, y: inner.y, style: theme.style("default"), clip: inner)
            return
        }
        let total = { (kind: CashMovement.Kind) in (try? shift.total(of: kind).minorUnits) ?? 0 }
        let figures: [(String, Int64)] = [
            ("Opening float", shift.openingFloat.total.minorUnits), ("Cash taken", shift.cashTendered.minorUnits),
            ("Change given", -shift.changeGiven.minorUnits), ("Cash refunds", -shift.cashRefunded.minorUnits),
            ("Paid in", total(.paidIn)), ("Paid out", -total(.paidOut)),
            ("Expected in the drawer", (try? shift.expectedCash.minorUnits) ?? 0),
        ]
        for (index, figure) in figures.enumerated() {
            _ = buffer.write(figure.0, x: inner.x, y: inner.y + index, style: theme.style("default"), clip: inner)
            let text = state.format(figure.1)
            _ = buffer.write(text, x: inner.maxX - text.displayWidth, y: inner.y + index,
                             style: theme.style(index == figures.count - 1 ? "cart.total" : "default"), clip: inner)
        }
    }
}
