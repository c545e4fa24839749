/// Digit-string helpers shared by the barcode parsers, ASCII only: `Character.wholeNumberValue`
/// would also accept Arabic-Indic or full-width digits, which no scanner sends for EAN/UPC.
enum Digits {
    /// The value of an ASCII digit, or nil.
    static func value(of character: Character) -> Int? {
        guard let ascii = character.asciiValue, (48...57).contains(ascii) else { return nil }
        return Int(ascii - 48)
    }

    /// The digits of `text`, or the first character that is not one (with its 1-based position).
    static func parse(_ text: some StringProtocol) throws(BarcodeError) -> [Int] {
        if text.isEmpty { throw .empty }
        var digits: [Int] = []
        digits.reserveCapacity(text.count)
        for (offset, character) in text.enumerated() {
            guard let digit = value(of: character) else {
                throw .invalidCharacter(character, position: offset + 1)
            }
            digits.append(digit)
        }
        return digits
    }

    /// The digits written back as text (leading zeros kept).
    static func string(_ digits: some Sequence<Int>) -> String {
        String(digits.map { Character(Unicode.Scalar(UInt8(48 + $0))) })
    }

    /// The digits read as one number; callers keep the count within 18 so it cannot overflow.
    static func number(_ digits: some Sequence<Int>) -> Int64 {
        digits.reduce(0) { $0 * 10 + Int64($1) }
    }
}
