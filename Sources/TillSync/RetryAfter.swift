public import Foundation

/// A server's `Retry-After` header (RFC 9110 §10.2.3), kept apart from the backoff so the hub's
/// admission control can slow every terminal down by the same amount.
public enum RetryAfter: Equatable, Sendable {
    /// `Retry-After: 120`
    case seconds(Int)
    /// `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`
    case date(Date)

    /// Parses delta-seconds or an HTTP date in any of the three formats RFC 9110 requires a
    /// recipient to accept; `nil` for anything else, so a bad header falls back to the backoff.
    public init?(header: String) {
        // Collapsing runs of spaces lets asctime's space-padded day ("Nov  6") parse.
        let value = header.split(separator: " ").joined(separator: " ")
        if !value.isEmpty, value.allSatisfy(\.isASCIIDigit) {
            guard let seconds = Int(value) else { return nil }
            self = .seconds(seconds)
            return
        }
        for format in Self.dateFormats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: value) {
                self = .date(date)
                return
            }
        }
        return nil
    }

    /// How long to wait from `now`; a date already past means "retry now".
    public func delay(from now: Date) -> Duration {
        switch self {
        case .seconds(let seconds):
            .seconds(seconds)
        case .date(let date):
            .milliseconds(max(0, Int64((date.timeIntervalSince(now) * 1_000).rounded(.up))))
        }
    }

    /// IMF-fixdate (preferred), then the obsolete RFC 850 and asctime forms.
    private static let dateFormats = [
        "EEE, dd MMM yyyy HH:mm:ss 'GMT'",
        "EEEE, dd-MMM-yy HH:mm:ss 'GMT'",
        "EEE MMM d HH:mm:ss yyyy",
    ]
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
