/// An ISO 4217 currency: its code and how many decimal places its minor unit has.
public struct Currency: Hashable, Codable, Sendable, CustomStringConvertible {
    public let code: String
    /// Decimal places of the minor unit: EUR 2, JPY 0, BHD 3.
    public let exponent: Int

    public init(code: String, exponent: Int) {
        self.code = code
        self.exponent = exponent
    }

    /// Minor units in one major unit (100 for EUR).
    public var minorPerMajor: Int64 { Self.powerOfTen(exponent) }

    public var description: String { code }

    /// The currency with this ISO code, if Till knows its exponent.
    public static func named(_ code: String) -> Currency? {
        let upper = code.uppercased()
        return known[upper].map { Currency(code: upper, exponent: $0) }
    }

    static func powerOfTen(_ exponent: Int) -> Int64 {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }

    /// ISO 4217 exponents of the currencies a shop is likely to use; unlisted codes are refused, not guessed.
    private static let known: [String: Int] = [
        "AED": 2, "ARS": 2, "AUD": 2, "BGN": 2, "BHD": 3, "BRL": 2, "CAD": 2, "CHF": 2, "CLP": 0,
        "CNY": 2, "COP": 2, "CZK": 2, "DKK": 2, "EGP": 2, "EUR": 2, "GBP": 2, "HKD": 2, "HUF": 2,
        "IDR": 2, "ILS": 2, "INR": 2, "ISK": 0, "JOD": 3, "JPY": 0, "KRW": 0, "KWD": 3, "MAD": 2,
        "MXN": 2, "MYR": 2, "NGN": 2, "NOK": 2, "NZD": 2, "OMR": 3, "PHP": 2, "PLN": 2, "RON": 2,
        "RSD": 2, "SAR": 2, "SEK": 2, "SGD": 2, "THB": 2, "TND": 3, "TRY": 2, "TWD": 2, "UAH": 2,
        "USD": 2, "VND": 0, "ZAR": 2,
    ]
}
