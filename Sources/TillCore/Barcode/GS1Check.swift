/// The GS1 check digits, so that a misread or mistyped digit is caught at the till rather than
/// selling the wrong item or the wrong price.
public enum GS1Check {
    /// The mod-10 check digit for a GTIN, SSCC or GLN payload (everything but the last digit).
    ///
    /// From the right, digits are weighted 3, 1, 3, 1…; the check digit brings the sum up to a
    /// multiple of ten (GS1 General Specifications §7.9.1).
    public static func checkDigit(for payload: String) throws(BarcodeError) -> Int {
        checkDigit(of: try Digits.parse(payload))
    }

    /// Whether the last digit of `code` is the check digit of the others.
    public static func isValid(_ code: String) -> Bool {
        guard let digits = try? Digits.parse(code), digits.count >= 2, let last = digits.last else { return false }
        return checkDigit(of: digits.dropLast()) == last
    }

    /// The verifier digit printed inside a 4- or 5-digit price or weight of a variable-measure
    /// EAN-13 (GS1 General Specifications §7.9.2–7.9.4).
    public static func priceVerifierDigit(for value: String) throws(BarcodeError) -> Int {
        let digits = try Digits.parse(value)
        guard let digit = priceVerifierDigit(of: digits) else {
            throw .wrongLength(got: digits.count, allowed: [4, 5])
        }
        return digit
    }

    static func checkDigit(of payload: some BidirectionalCollection<Int>) -> Int {
        var sum = 0
        for (offset, digit) in payload.reversed().enumerated() {
            sum += offset.isMultiple(of: 2) ? digit * 3 : digit
        }
        return (10 - sum % 10) % 10
    }

    /// The verifier digit of 4 or 5 value digits, nil for any other count.
    static func priceVerifierDigit(of digits: [Int]) -> Int? {
        switch digits.count {
        case 4:
            let sum = twoMinus(digits[0]) + twoMinus(digits[1]) + three(digits[2]) + fiveMinus(digits[3])
            return sum * 3 % 10
        case 5:
            let sum = fivePlus(digits[0]) + twoMinus(digits[1]) + fiveMinus(digits[2])
                + fivePlus(digits[3]) + twoMinus(digits[4])
            let target = (10 - sum % 10) % 10
            return (0...9).first { fiveMinus($0) == target }
        default:
            return nil
        }
    }

    // The weighting factors of §7.9.2: multiply, then combine the tens and units digits of the product.

    private static func twoMinus(_ digit: Int) -> Int { units(minus: digit * 2) }
    private static func three(_ digit: Int) -> Int { digit * 3 % 10 }
    private static func fivePlus(_ digit: Int) -> Int { (digit * 5 % 10 + digit * 5 / 10) % 10 }
    private static func fiveMinus(_ digit: Int) -> Int { units(minus: digit * 5) }

    /// Units digit minus tens digit of a two-digit product, mod 10.
    private static func units(minus product: Int) -> Int { (product % 10 - product / 10 + 10) % 10 }
}
