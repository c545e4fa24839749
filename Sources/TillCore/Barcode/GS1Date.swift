/// A GS1 date field (YYMMDD), kept as numbers because turning a two-digit year into a full one
/// needs today's year, which the core takes as a parameter rather than reading a clock.
public struct GS1Date: Hashable, Sendable {
    /// The year within its century, 0–99.
    public let year: Int
    /// 1–12.
    public let month: Int
    /// 1–31, or 0 when the label gives only a month (GS1 reads it as the month's last day).
    public let day: Int

    /// A date from six digits, or nil if they are not YYMMDD of a real day (DD may be 00).
    ///
    /// February 29 is accepted when YY is a multiple of 4: with two digits, every such year
    /// between 2001 and 2099 is a leap year, and 2000 was one too.
    public init?(yymmdd: String) {
        guard yymmdd.count == 6, let digits = try? Digits.parse(yymmdd) else { return nil }
        let year = digits[0] * 10 + digits[1]
        let month = digits[2] * 10 + digits[3]
        let day = digits[4] * 10 + digits[5]
        guard (1...12).contains(month), (0...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The full year, by GS1's sliding window (General Specifications §7.12): within 49 years
    /// back or 50 years ahead of `currentYear`.
    public func fullYear(relativeTo currentYear: Int) -> Int {
        let century = currentYear - currentYear % 100
        let difference = year - currentYear % 100
        if difference >= 51 { return century - 100 + year }
        if difference <= -50 { return century + 100 + year }
        return century + year
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year.isMultiple(of: 4) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
