/// A tax rate in millionths (8.1 % is 81 000), exact to 4 decimal places of a percent.
public struct TaxRate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public static let scale: Int64 = 1_000_000
    public let millionths: Int64

    public init(millionths: Int64) { self.millionths = millionths }

    /// Reads a percentage such as "8.1", "8,875" or "0"; at most 4 decimals, from 0 up to 100.
    public init(percent text: String) throws(TaxError) {
        let parser = AmountParser(currency: Currency(code: "%", exponent: 4))
        // A ten-thousandth of a percent is a millionth of the whole.
        guard let millionths = try? parser.parse(text), millionths >= 0, millionths <= TaxRate.scale else {
            throw .badRate(text)
        }
        self.millionths = millionths
    }

    public static func < (a: TaxRate, b: TaxRate) -> Bool { a.millionths < b.millionths }

    /// "8.1%", "8.875%", "0%".
    public var description: String {
        var text = Money.format(millionths, exponent: 4)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "%"
    }
}
