public import TermUI
public import TillCore
public import TillStore

/// The reports screen's state: the days shown, which report, its figures, and a category drilled into.
public struct ReportsState: Hashable, Sendable {
    /// The first and last day shown; nil until the screen opens on today.
    public var from: BusinessDay?
    public var to: BusinessDay?
    public var kind = ReportKind.x
    /// The figures of the days shown, once the store has worked them out.
    public var period: PeriodReport?
    /// The Z report just taken, as it prints; shown instead of the figures until the days change.
    public var takenZ: TakenZ?
    public var pane = TextPane(lines: ["Reading the figures…"])
    /// The highlighted row of the categories table.
    public var categories = TableState(selected: 0)
    /// The category whose items are shown, after Enter on the categories table.
    public var drilledCategory: CategoryTotal?
    /// The highlighted row of the cashiers table.
    public var cashiers = TableState(selected: 0)
    /// The cashier whose sales are shown, after Enter on the cashiers table; `sales` is nil until read.
    public var drilledCashier: DrilledCashier?
    public var message: Message?
    /// Set while the store closes the day, so a second key press cannot ask twice.
    public var closing = false

    public init() {}

    /// The title over the report.
    public var title: String {
        if let takenZ { return "Z report \(takenZ.number)" }
        let days = from == to ? from?.iso ?? "" : "\(from?.iso ?? "") to \(to?.iso ?? "")"
        if let drilledCategory { return "\(drilledCategory.categoryID ?? "No category") — \(days)" }
        if let drilledCashier { return "Sales by \(drilledCashier.staffID) — \(days)" }
        return "\(kind.title) — \(days)"
    }

    /// Re-lays the text pane for the current report from the figures.
    mutating func relayout() {
        if let takenZ {
            pane = TextPane(text: takenZ.text)
        } else if let period {
            pane = TextPane(text: period.rendered(kind, as: .text(columns: 48)))
        }
    }
}

/// A cashier drilled into from the cashiers table, with their sales once the store has read them.
public struct DrilledCashier: Hashable, Sendable {
    public let staffID: String
    public var sales: [SaleSummary]?
}

/// A Z report as it was printed when it was taken.
public struct TakenZ: Hashable, Sendable {
    public let number: Int
    public let text: String
}

extension ReportKind {
    /// The report's name on screen and its number key (1–8).
    var title: String {
        switch self {
        case .x: "X report"
        case .sales: "Sales by day"
        case .items: "Items"
        case .categories: "Categories"
        case .cashiers: "Cashiers"
        case .tenders: "Tenders"
        case .tax: "Tax"
        case .hourly: "Sales by hour"
        }
    }
}
