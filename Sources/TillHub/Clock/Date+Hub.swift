import Foundation

extension Date {
    /// Milliseconds since 1970, the unit of hybrid logical clock readings.
    var unixMillis: Int64 {
        Int64((timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// ISO 8601 in UTC with milliseconds ("2026-11-24T09:30:00.000Z"), as the terminals write
    /// times: fixed width, so stored times compare and sort as text.
    var timestampText: String {
        formatted(Self.timestampStyle)
    }

    private static let timestampStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
}
