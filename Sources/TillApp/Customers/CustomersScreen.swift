import TermUI
import TillCore
import TillStore

/// The customers screen: a search with what it found, a customer's profile with points, tier and
/// purchases, or a new customer being enrolled step by step.
enum CustomersScreen {
    static func render(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let rows = Layout.rows([.fill(), .fixed(1), .fixed(1), .fixed(1)]).split(area)
        let hints: [(Action, String)]
        let label: String
        let input: TextInput
        if let enrolment = state.customers.enrolment {
            enrol(enrolment, into: &buffer, area: rows[0], theme: theme)
            (hints, label, input) = ([(.submit, "Next"), (.cancel, "Stop")], enrolment.step.prompt, enrolment.input)
        } else if let profile = state.customers.profile {
            self.profile(profile, state: state, into: &buffer, area: rows[0], theme: theme)
            (hints, label, input) = ([(.attachCustomer, "To sale"), (.toggleConsent, "Consent"), (.enrol, "New"), (.cancel, "Back")], "",
                                     state.customers.search)
        } else {
            results(&state, into: &buffer, area: rows[0], theme: theme)
            (hints, label, input) = ([(.help, "Help"), (.submit, "Find/open"), (.enrol, "New"), (.cancel, "Back")], "Find › ",
                                     state.customers.search)
        }
        AppScreen.messageLine(state.customers.message, into: &buffer, area: rows[1], theme: theme)
        let end = buffer.write(label, x: rows[2].x, y: rows[2].y, style: theme.style("input.prompt"), clip: rows[2])
        if !label.isEmpty {
            input.render(into: &buffer, area: Rect(x: end, y: rows[2].y, width: max(0, rows[2].maxX - end), height: 1), theme: theme)
        }
        KeyHintBar(keymap: state.profile.keymap, context: "customers", items: hints.map { .init(action: $0.0.rawValue, label: $0.1) })
            .render(into: &buffer, area: rows[3], theme: theme)
    }

    private static func results(_ state: inout AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let found = state.customers.results
        let title = state.customers.query.isEmpty ? "Customers" : "Customers matching \"\(state.customers.query)\" (\(found.count))"
        Block(title: title, border: .rounded, styleKey: "default", borderKey: "border", titleKey: "title")
            .render(into: &buffer, area: area, theme: theme)
        let inner = area.inset(by: 1)
        guard !found.isEmpty else {
            let text = state.customers.query.isEmpty ? "Type a phone number or a name, or scan a loyalty card." : "Nobody found."
            _ = buffer.write(text, x: inner.x, y: inner.y, style: theme.style("muted"), clip: inner)
            return
        }
        Table(columns: [.init("Name"), .init("Phone", width: .fixed(16)), .init("Card", width: .fixed(14)), .init("Email", width: .fill())],
              rows: found.map { Table.Row([$0.name, $0.phone ?? "", $0.cardCode ?? "", $0.email ?? ""]) }, styleKey: "cart")
            .render(into: &buffer, area: inner, theme: theme, state: &state.customers.table)
    }

    /// Who the customer is and their points on the left, what they bought here on the right.
    private static func profile(_ profile: CustomerProfile, state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let columns = Layout.columns([.fixed(min(40, max(30, area.width * 2 / 5))), .fill()], spacing: 1).split(area)
        let customer = profile.customer
        let onSale = state.sale.cart.customerID == customer.id ? " (on the sale)" : ""
        Block(title: customer.name + onSale, border: .rounded, styleKey: "default", borderKey: "border", titleKey: "title")
            .render(into: &buffer, area: columns[0], theme: theme)
        var lines: [(String, String)] = [
            ("Phone", customer.phone ?? "—"), ("Email", customer.email ?? "—"), ("Card", customer.cardCode ?? "—"),
            ("Offers", customer.marketingConsent ? "yes, agreed" : "no"),
            ("", ""),
            ("Points", String(profile.account.balance)), ("Tier", profile.tier?.name ?? "member"),
            ("Earned in all", String(profile.account.earned)),
        ]
        if let next = profile.nextTier { lines.append(("To \(next.name)", String(next.threshold - profile.account.earned))) }
        if !customer.notes.isEmpty { lines.append(("Notes", customer.notes)) }
        let inner = columns[0].inset(by: 1)
        for (index, line) in lines.enumerated() where index < inner.height {
            _ = buffer.write(line.0, x: inner.x, y: inner.y + index, style: theme.style("muted"), clip: inner)
            _ = buffer.write(line.1, x: inner.maxX - line.1.displayWidth, y: inner.y + index, style: theme.style("cart"), clip: inner)
        }
        Block(title: "Purchases here (\(profile.purchases.count))", border: .rounded, styleKey: "default", borderKey: "border",
              titleKey: "title").render(into: &buffer, area: columns[1], theme: theme)
        var table = TableState(selected: nil)
        Table(columns: [.init("Receipt", width: .fixed(8), alignment: .right), .init("Date", width: .fixed(11)),
                        .init("Total", width: .fixed(10), alignment: .right), .init("Points", width: .fill(), alignment: .right)],
              rows: profile.purchases.map { purchase in
                  let points = purchase.pointsEarned - purchase.pointsRedeemed
                  return Table.Row(["\(purchase.sale.receiptNumber)", String(purchase.sale.completedAt.prefix(10)),
                                    state.format(purchase.sale.total), points > 0 ? "+\(points)" : String(points)])
              }, styleKey: "cart").render(into: &buffer, area: columns[1].inset(by: 1), theme: theme, state: &table)
    }

    /// The steps of an enrolment with what was typed so far.
    private static func enrol(_ enrolment: Enrolment, into buffer: inout Buffer, area: Rect, theme: Theme) {
        Block(title: "New customer", border: .rounded, styleKey: "default", borderKey: "border", titleKey: "title")
            .render(into: &buffer, area: area, theme: theme)
        let inner = area.inset(by: 1)
        for step in Enrolment.Step.allCases where step.rawValue < inner.height {
            let answer = enrolment.answers[step] ?? (step == enrolment.step ? "…" : "")
            let style = theme.style(step == enrolment.step ? "cart.selected" : "cart")
            let end = buffer.write(step.prompt, x: inner.x, y: inner.y + step.rawValue, style: theme.style("muted"), clip: inner)
            _ = buffer.write(answer, x: end, y: inner.y + step.rawValue, style: style, clip: inner)
        }
    }
}
