/// UPC-E, the zero-suppressed 8-digit form of UPC-A printed on small packs; it must be expanded
/// to its UPC-A so that both prints of the same item find the same catalog entry.
public enum UPCE {
    /// The 12-digit UPC-A for a UPC-E code given as 6 digits (number system 0, no check digit),
    /// 7 digits (number system first, no check digit) or 8 digits (with check digit, which is verified).
    ///
    /// The last data digit decides where the zeros go (GS1 General Specifications §5.2.2.4.2).
    public static func expand(_ upcE: String) throws(BarcodeError) -> String {
        Digits.string(try expandedDigits(Digits.parse(upcE)))
    }

    /// The 8-digit UPC-E for a UPC-A, or nil when its zeros cannot be suppressed.
    ///
    /// The four suppression patterns of §5.2.2.4.1 exclude one another, so the result is the one
    /// canonical UPC-E and `expand` gives back `upcA`.
    public static func compress(_ upcA: String) throws(BarcodeError) -> String? {
        let a = try Digits.parse(upcA)
        guard a.count == 12 else { throw .wrongLength(got: a.count, allowed: [12]) }
        let expected = GS1Check.checkDigit(of: a[0..<11])
        guard a[11] == expected else { throw .badCheckDigit(expected: expected, found: a[11]) }
        guard a[0] <= 1 else { return nil }
        let middle: [Int]
        if a[3] <= 2, a[4...7].allSatisfy({ $0 == 0 }) {
            middle = [a[1], a[2], a[8], a[9], a[10], a[3]]
        } else if a[4...8].allSatisfy({ $0 == 0 }) {
            middle = [a[1], a[2], a[3], a[9], a[10], 3]
        } else if a[5...9].allSatisfy({ $0 == 0 }) {
            middle = [a[1], a[2], a[3], a[4], a[10], 4]
        } else if a[6...9].allSatisfy({ $0 == 0 }), a[10] >= 5 {
            middle = [a[1], a[2], a[3], a[4], a[5], a[10]]
        } else {
            return nil
        }
        return Digits.string([a[0]] + middle + [a[11]])
    }

    /// Expands parsed UPC-E digits to the 12 UPC-A digits, check digit included.
    static func expandedDigits(_ digits: [Int]) throws(BarcodeError) -> [Int] {
        let system: Int
        let data: ArraySlice<Int>
        switch digits.count {
        case 6: (system, data) = (0, digits[0...5])
        case 7, 8: (system, data) = (digits[0], digits[1...6])
        default: throw .wrongLength(got: digits.count, allowed: [6, 7, 8])
        }
        guard system <= 1 else { throw .badUPCENumberSystem(system) }
        let d = Array(data)
        let body: [Int]
        switch d[5] {
        case 0, 1, 2: body = [d[0], d[1], d[5], 0, 0, 0, 0, d[2], d[3], d[4]]
        case 3: body = [d[0], d[1], d[2], 0, 0, 0, 0, 0, d[3], d[4]]
        case 4: body = [d[0], d[1], d[2], d[3], 0, 0, 0, 0, 0, d[4]]
        default: body = [d[0], d[1], d[2], d[3], d[4], 0, 0, 0, 0, d[5]]
        }
        let payload = [system] + body
        let check = GS1Check.checkDigit(of: payload)
        if digits.count == 8, digits[7] != check {
            throw .badCheckDigit(expected: check, found: digits[7])
        }
        return payload + [check]
    }
}
