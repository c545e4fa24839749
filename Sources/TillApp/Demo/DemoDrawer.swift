import TillCore

/// The cash drawer as the demo's cashiers count it, note by note and coin by coin.
enum DemoDrawer {
    /// The float every shift opens with: 200.00 in small notes and coins.
    static func float() throws(DemoError) -> CashCount {
        try count([2_000: 4, 1_000: 6, 500: 4, 200: 10, 100: 10, 50: 10, 20: 10, 10: 20, 5: 20])
    }

    /// `amount` as a count finds it: the largest notes first, up to 200-franc notes (bigger ones go to the safe).
    static func count(_ amount: Int64) throws(DemoError) -> CashCount {
        var left = max(0, amount)
        var pieces: [Int64: Int] = [:]
        for denomination in DenominationSet.chf.denominations where denomination.minorUnits <= 20_000 {
            let number = left / denomination.minorUnits
            pieces[denomination.minorUnits] = Int(number)
            left -= number * denomination.minorUnits
        }
        return try count(pieces)
    }

    /// The count of these pieces, by face value in rappen.
    private static func count(_ pieces: [Int64: Int]) throws(DemoError) -> CashCount {
        let set = DenominationSet.chf
        let quantities = Dictionary(uniqueKeysWithValues: pieces.compactMap { value, number in set.denomination(worth: value).map { ($0, number) } })
        return try DemoError.checking("a drawer count") { () throws(ShiftError) in try CashCount(set, quantities: quantities) }
    }
}
