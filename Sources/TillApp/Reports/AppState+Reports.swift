import TermUI
import TillCore
import TillStore

extension AppState {
    /// Opens the reports screen on today's X figures.
    mutating func openReports() -> [Effect] {
        route = .reports
        reports = ReportsState()
        guard let today = try? BusinessCalendar().day(of: now) else { return [] }
        return show(from: today, to: today)
    }

    /// Keys on the reports screen: 1–8 pick the report, ←/→ move the days, [ and ] widen or narrow
    /// them, ↑/↓ scroll (or pick a category, Enter shows its items), F10 takes the Z, Esc goes back.
    mutating func reportsKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        guard let user else { return [] }
        if case .character(let character) = chord.key, chord.modifiers.isEmpty {
            return reportsCharacter(character)
        }
        if chord.modifiers.isEmpty, chord.key == .left || chord.key == .right {
            return moveDays(by: chord.key == .left ? -1 : 1, widen: false)
        }
        guard let action else { return [] }
        if let effects = globalAction(action) { return effects }
        let categoryTable = reports.kind == .categories && reports.drilledCategory == nil && reports.takenZ == nil
        let cashierTable = reports.kind == .cashiers && reports.drilledCashier == nil && reports.takenZ == nil
        let cashierCount = reports.period?.analysis.cashiers.count ?? 0
        switch action {
        case .up where categoryTable:
            reports.categories.move(by: -1, rowCount: reports.period?.analysis.categories.count ?? 0)
        case .down where categoryTable:
            reports.categories.move(by: 1, rowCount: reports.period?.analysis.categories.count ?? 0)
        case .submit where categoryTable:
            guard let categories = reports.period?.analysis.categories, let index = reports.categories.selected,
                  categories.indices.contains(index) else { return [] }
            reports.drilledCategory = categories[index]
        case .up where cashierTable:
            reports.cashiers.move(by: -1, rowCount: cashierCount)
        case .down where cashierTable:
            reports.cashiers.move(by: 1, rowCount: cashierCount)
        case .submit where cashierTable:
            guard let cashiers = reports.period?.analysis.cashiers, let index = reports.cashiers.selected,
                  cashiers.indices.contains(index), let from = reports.from, let to = reports.to else { return [] }
            reports.drilledCashier = DrilledCashier(staffID: cashiers[index].staffID)
            return [.loadCashierSales(staffID: cashiers[index].staffID, from: from, to: to)]
        case .up: reports.pane.scroll(by: -1, height: Self.reportRows)
        case .down: reports.pane.scroll(by: 1, height: Self.reportRows)
        case .pageUp: reports.pane.scroll(by: -Self.reportRows, height: Self.reportRows)
        case .pageDown: reports.pane.scroll(by: Self.reportRows, height: Self.reportRows)
        case .confirm:
            guard !reports.closing else { return [] }
            guard mayDo(.permission(.zReport), pending: .zReport, refusal: "\(user.name) may not take the Z report") else { return [] }
            reports.closing = true
            return closeZ(by: user.id)
        case .reprint:
            return printReport(by: user.id)
        case .cancel:
            if reports.drilledCategory != nil {
                reports.drilledCategory = nil
            } else if reports.drilledCashier != nil {
                reports.drilledCashier = nil
            } else {
                route = .sale
            }
        default:
            reports.message = Message("\(action.label) is not available on the reports screen", .warning)
        }
        return []
    }

    /// Sends what the screen shows to the receipt printer: the Z just taken, or the report in view
    /// at the printer's width.
    mutating func printReport(by staffID: String) -> [Effect] {
        guard let columns = profile.printColumns else {
            reports.message = Message("This lane has no receipt printer (set one in till.toml)", .warning)
            return []
        }
        if let z = reports.takenZ { return [.printZ(number: z.number, staffID: staffID)] }
        guard let period = reports.period else { return [] }
        return [.printReport(title: reports.title, text: period.rendered(reports.kind, as: .text(columns: columns)), staffID: staffID)]
    }

    /// Asks the store to close the day with the next Z report.
    func closeZ(by staffID: String) -> [Effect] {
        [.closeZ(staffID: staffID)]
    }

    /// The figures of the days asked for arrived.
    mutating func periodLoaded(_ period: PeriodReport) {
        guard period.from == reports.from, period.to == reports.to else { return }
        reports.period = period
        reports.relayout()
    }

    /// A Z report was taken: show it as it prints.
    mutating func zTaken(number: Int, text: String) {
        reports.closing = false
        reports.takenZ = TakenZ(number: number, text: text)
        reports.message = Message("Z report \(number) taken: the days are closed", .ok)
        reports.relayout()
    }

    /// Roughly how many report rows fit, for paging; the pane clamps to what is drawn.
    static let reportRows = 18

    private mutating func reportsCharacter(_ character: Character) -> [Effect] {
        if let number = character.wholeNumberValue, ReportKind.allCases.indices.contains(number - 1) {
            reports.kind = ReportKind.allCases[number - 1]
            reports.drilledCategory = nil
            reports.drilledCashier = nil
            reports.takenZ = nil
            reports.relayout()
        } else if character == "[" || character == "]" {
            return moveDays(by: character == "[" ? -1 : 1, widen: true)
        }
        return []
    }

    /// Moves the days shown by a day (both ends), or only the first day when widening.
    private mutating func moveDays(by days: Int, widen: Bool) -> [Effect] {
        guard let from = reports.from, let to = reports.to else { return [] }
        let calendar = BusinessCalendar()
        guard let newFrom = try? calendar.day(from, plus: days), let newTo = widen ? to : try? calendar.day(to, plus: days),
              newFrom <= newTo else { return [] }
        return show(from: newFrom, to: newTo)
    }

    private mutating func show(from: BusinessDay, to: BusinessDay) -> [Effect] {
        reports.from = from
        reports.to = to
        reports.takenZ = nil
        reports.drilledCategory = nil
        reports.drilledCashier = nil
        reports.categories = TableState(selected: 0)
        reports.cashiers = TableState(selected: 0)
        reports.pane = TextPane(lines: ["Reading the figures…"])
        return [.loadPeriod(from: from, to: to)]
    }
}
