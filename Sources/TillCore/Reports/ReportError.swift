/// Why a report could not be worked out, worded as what must be fixed.
public enum ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A business day not written as "YYYY-MM-DD".
    case badDay(String)
    /// A sale hour outside 0–23.
    case badHour(Int)
    /// The period ends before it starts.
    case periodReversed(from: BusinessDay, to: BusinessDay)
    /// A sale or refund booked on a day outside the report's period: the query that fetched it is wrong.
    case outsidePeriod(BusinessDay)
    /// A drawer in another currency than the report's.
    case currencyMismatch(expected: String, got: String)
    /// A figure too large to add up in 64 bits of minor units.
    case overflow
    /// Closing this period would lower a perpetual grand total, which only ever grows.
    case grandTotalDecreased(which: String, from: Int64, to: Int64)

    public var description: String {
        switch self {
        case .badDay(let text): "\(text) is not a day; write it as YYYY-MM-DD."
        case .badHour(let hour): "Hour \(hour) is not between 0 and 23."
        case .periodReversed(let from, let to): "The period ends (\(to)) before it starts (\(from)); swap the dates."
        case .outsidePeriod(let day): "A sale on \(day) lies outside the report's period; check the query's dates."
        case .currencyMismatch(let expected, let got): "This report is in \(expected), not \(got)."
        case .overflow: "A report figure is too large to add up; check the sales for a mistyped amount."
        case .grandTotalDecreased(let which, let from, let to):
            "The \(which) would go down from \(from) to \(to); a Z report may only add to it."
        }
    }
}
