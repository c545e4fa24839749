/// A report laid out once, in terms the text, CSV and JSON renderers share, so they cannot disagree.
///
/// Every figure has a stable key (its JSON name and CSV figure) and a label (its name on paper).
struct ReportDocument: Sendable {
    /// What kind of report this is: "x", "z", "hourly"…
    let kind: String
    /// The heading on paper: "X REPORT", "SALES BY HOUR"…
    let title: String
    let currency: Currency
    let from: BusinessDay
    let to: BusinessDay
    let entries: [ReportEntry]
}

/// One part of a report: a figure, a table, or a named group of parts.
enum ReportEntry: Sendable {
    case field(ReportField)
    case table(ReportTable)
    case group(key: String, title: String, entries: [ReportEntry])
}

/// One figure: `key` in data, `label` on paper.
struct ReportField: Sendable {
    let key: String
    let label: String
    let value: ReportValue

    init(_ key: String, _ label: String, _ value: ReportValue) {
        self.key = key
        self.label = label
        self.value = value
    }
}

/// Rows of figures under named columns.
struct ReportTable: Sendable {
    let key: String
    let title: String
    let columns: [ReportColumn]
    let rows: [[ReportValue]]
    /// How many leading columns name a row (tax: code and rate), for the CSV of a whole report.
    var idColumns = 1
    /// An amount column drawn as a bar chart on paper.
    var chartColumn: Int?
}

/// A table column: `key` in data, `label` on paper; a column off paper is left out of the text only.
struct ReportColumn: Sendable {
    let key: String
    let label: String
    let onPaper: Bool

    init(_ key: String, _ label: String, onPaper: Bool = true) {
        self.key = key
        self.label = label
        self.onPaper = onPaper
    }
}

/// A figure's value, kept exact until a renderer writes it.
enum ReportValue: Sendable {
    /// Minor units of the report's currency.
    case amount(Int64)
    case count(Int)
    case quantity(Quantity)
    case rate(TaxRate)
    case text(String)
    /// Not known yet, such as the count of a drawer still open.
    case absent

    /// As it reads on paper: "12.30", "3", "1.234", "8.1%", "-" when absent.
    func paper(exponent: Int) -> String {
        switch self {
        case .amount(let minor): Money.format(minor, exponent: exponent)
        case .count(let count): String(count)
        case .quantity(let quantity): quantity.formatted
        case .rate(let rate): rate.description
        case .text(let text): text
        case .absent: "-"
        }
    }
}
