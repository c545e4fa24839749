/// A quantity in thousandths: 3 items are 3000, 1.234 kg is 1234.
///
/// One fixed-point unit serves counted and weighed goods alike, so line arithmetic is the same for both.
public struct Quantity: Hashable, Comparable, Codable, Sendable {
    public let thousandths: Int64

    public init(thousandths: Int64) { self.thousandths = thousandths }

    public static func each(_ count: Int64) -> Quantity { Quantity(thousandths: count * 1000) }
    public static func grams(_ grams: Int64) -> Quantity { Quantity(thousandths: grams) }
    public static let one = Quantity.each(1)

    /// Whole items, when the quantity is a whole number.
    public var wholeCount: Int64? { thousandths % 1000 == 0 ? thousandths / 1000 : nil }

    public static func < (a: Quantity, b: Quantity) -> Bool { a.thousandths < b.thousandths }

    /// "3", or "1.234" for a fraction.
    public var formatted: String {
        wholeCount.map(String.init) ?? Money.format(thousandths, exponent: 3)
    }
}
