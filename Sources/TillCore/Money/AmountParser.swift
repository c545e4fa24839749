/// Reads an amount the way a cashier types it: "3.50", "3,50", "1.234,50", or "350" with an implied decimal.
public struct AmountParser: Sendable {
    public let currency: Currency
    /// When on, digits typed without a separator are minor units ("350" is 3.50), as on classic registers.
    public let impliedDecimal: Bool

    public init(currency: Currency, impliedDecimal: Bool = false) {
        self.currency = currency
        self.impliedDecimal = impliedDecimal
    }

    /// The amount in minor units; the last `.` or `,` is the decimal separator, earlier ones group thousands.
    public func parse(_ text: String) throws(MoneyError) -> Int64 {
        var body = Substring(text.trimmingSpaces)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        guard !body.isEmpty else { throw .unreadable(text, reason: "no digits") }
        if let bad = body.first(where: { !$0.isASCIIDigit && $0 != "." && $0 != "," }) {
            throw .unreadable(text, reason: "'\(bad)' is not a digit or a decimal separator")
        }
        let separator = body.lastIndex(where: { $0 == "." || $0 == "," })
        let wholeText = separator.map { body[..<$0] } ?? body
        let fractionText = separator.map { body[body.index(after: $0)...] } ?? ""
        let wholeDigits = wholeText.filter(\.isASCIIDigit)
        guard !(wholeDigits.isEmpty && fractionText.isEmpty) else { throw .unreadable(text, reason: "no digits") }
        if separator != nil && fractionText.count > currency.exponent {
            throw .unreadable(text, reason: "\(currency.code) has \(currency.exponent) decimal places")
        }
        let minor: Int64
        if separator == nil && impliedDecimal {
            minor = try Self.digits(wholeDigits, text)
        } else {
            let padded = fractionText + String(repeating: "0", count: currency.exponent - fractionText.count)
            let whole = try Checked.multiply(try Self.digits(wholeDigits, text), currency.minorPerMajor)
            minor = try Checked.add(whole, try Self.digits(Substring(padded), text))
        }
        return negative ? -minor : minor
    }

    private static func digits<S: StringProtocol>(_ digits: S, _ text: String) throws(MoneyError) -> Int64 {
        var value: Int64 = 0
        for digit in digits {
            guard let d = digit.wholeNumberValue else { throw .unreadable(text, reason: "'\(digit)' is not a digit") }
            value = try Checked.add(try Checked.multiply(value, 10), Int64(d))
        }
        return value
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    var trimmingSpaces: SubSequence {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
