/// The code printed on a voucher or gift card, as typed or scanned: 4 to 32 letters, digits and
/// dashes, kept in capitals so "gc-12" and "GC-12" are one card.
///
/// Codes Till makes are 16 digits whose last is a Luhn check digit, as on payment cards: a typed
/// digit wrong or two swapped is refused instead of paying with somebody else's card. A 16-digit code
/// given by hand must pass the same check.
public struct VoucherCode: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public init(_ typed: String) throws(LoyaltyError) {
        let text = String(typed.trimmingSpaces).uppercased()
        guard (4...32).contains(text.count) else { throw .badVoucherCode(typed, reason: "it must be 4 to 32 characters long") }
        guard text.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw .badVoucherCode(typed, reason: "it may hold only letters, digits and dashes")
        }
        if text.count == 16, text.allSatisfy(\.isASCIIDigit), !Self.passesLuhn(text) {
            throw .badVoucherCode(typed, reason: "its check digit is wrong (a digit mistyped?)")
        }
        self.text = text
    }

    /// A new code of 15 random digits and a Luhn check digit.
    public static func generate(using random: inout some RandomNumberGenerator) -> VoucherCode {
        let body = (0..<15).map { _ in String(Int.random(in: 0...9, using: &random)) }.joined()
        // 15 digits with their check digit are a valid code by construction.
        return try! VoucherCode(body + String(luhnDigit(for: body)))
    }

    public var description: String { text }

    /// The digit that makes `body` followed by it pass the Luhn check.
    static func luhnDigit(for body: String) -> Int {
        (10 - luhnSum(body + "0") % 10) % 10
    }

    static func passesLuhn(_ digits: String) -> Bool {
        luhnSum(digits) % 10 == 0
    }

    /// The Luhn sum: every second digit from the right doubled, its digits added.
    private static func luhnSum(_ digits: String) -> Int {
        digits.reversed().enumerated().reduce(0) { sum, pair in
            let digit = Int(String(pair.element)) ?? 0
            guard pair.offset % 2 == 1 else { return sum + digit }
            return sum + (digit * 2 > 9 ? digit * 2 - 9 : digit * 2)
        }
    }
}
