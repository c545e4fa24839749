/// A part of a whole handed back piece by piece so the pieces always add up to the whole.
///
/// Giving back `part` of `whole` after `before` was already given back returns
/// round(total × (before + part) / whole) − round(total × before / whole): every sequence of partial
/// refunds that ends with the whole returns exactly `total`, never a cent or a point more or less.
public enum CumulativeShare {
    public static func of(_ total: Int64, part: Int64, before: Int64, whole: Int64) throws(MoneyError) -> Int64 {
        guard whole != 0 else { return 0 }
        return try Checked.subtract(try RoundingMode.halfUp.multiplyDivide(total, try Checked.add(before, part), by: whole),
                                    try RoundingMode.halfUp.multiplyDivide(total, before, by: whole))
    }
}
