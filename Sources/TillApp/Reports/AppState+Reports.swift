import TermUI
import TillCore

extension AppState {
    /// Opens the reports screen on today's X figures.
    mutating func openReports() -> [Effect] {
        route = .reports
        reports = ReportsState()
        return [.loadXReport]
    }

    /// Keys on the reports screen: scroll the report, F10 takes the Z (closing the day), Esc goes back.
    mutating func reportsKey(_ action: Action?) -> [Effect] {
        guard let action, let user else { return [] }
        if let effects = globalAction(action) { return effects }
        switch action {
        case .up: reports.pane.scroll(by: -1, height: Self.reportRows)
        case .down: reports.pane.scroll(by: 1, height: Self.reportRows)
        case .pageUp: reports.pane.scroll(by: -Self.reportRows, height: Self.reportRows)
        case .pageDown: reports.pane.scroll(by: Self.reportRows, height: Self.reportRows)
        case .confirm:
            guard !reports.closing else { return [] }
            switch profile.policy.decide(.permission(.zReport), by: user) {
            case .allowed: return closeZ(by: user.id)
            case .needsApproval(let roles):
                overlay = .approval(ApprovalPrompt(action: .permission(.zReport), pending: .zReport, approverRoles: roles))
            case .refused:
                reports.message = Message("\(user.name) may not take the Z report", .error)
            }
        case .cancel: route = .sale
        default: reports.message = Message("\(action.label) is not available on the reports screen", .warning)
        }
        return []
    }

    /// Asks the store to close the day with the next Z report.
    func closeZ(by staffID: String) -> [Effect] {
        [.closeZ(staffID: staffID)]
    }

    /// The report text arrived: show it from the top.
    mutating func reportLoaded(title: String, text: String) {
        reports.title = title
        reports.pane = TextPane(text: text)
        reports.closing = false
    }

    /// Roughly how many report rows fit, for paging; the pane clamps to what is drawn.
    static let reportRows = 18
}
