/// How a report is written out.
public enum ReportFormat: Hashable, Sendable {
    /// Plain text for a receipt printer or a terminal: no line is longer than `columns` (24 or more).
    case text(columns: Int)
    /// One table with a header row; amounts as decimals.
    case csv
    /// One object; amounts as integer minor units, the currency stated once.
    case json
}
