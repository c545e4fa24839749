/// A trading day as the store books it, "YYYY-MM-DD" (ISO 8601), the form SQLite's `date()` writes.
///
/// Kept as checked text rather than a `Date`: the core has no clock or time zone, the store already
/// assigns each sale its business day, and ISO days order correctly as plain strings.
public struct BusinessDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let iso: String

    /// A day from "YYYY-MM-DD"; refuses any other shape, a month outside 1–12 or a day outside 1–31.
    public init(_ iso: String) throws(ReportError) {
        let bytes = Array(iso.utf8)
        let dash = UInt8(ascii: "-")
        guard bytes.count == 10, bytes[4] == dash, bytes[7] == dash,
              bytes.indices.allSatisfy({ $0 == 4 || $0 == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) })
        else { throw .badDay(iso) }
        let number = { (range: Range<Int>) in bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) } }
        guard (1...12).contains(number(5..<7)), (1...31).contains(number(8..<10)) else { throw .badDay(iso) }
        self.iso = iso
    }

    public static func < (a: BusinessDay, b: BusinessDay) -> Bool { a.iso < b.iso }

    public var description: String { iso }
}
