public import Foundation

/// Times as the store writes them: ISO 8601 in UTC with milliseconds ("2026-11-24T09:30:00.000Z"),
/// the form the sales tables use, so every table sorts by time as text and reads anywhere.
public enum Timestamp {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    public static func text(_ date: Date) -> String { date.formatted(style) }

    /// The time a stored text names, or nil when it is not one the store wrote.
    public static func date(_ text: String) -> Date? { try? style.parse(text) }
}
