import Foundation
import Testing
import TillCore

/// Amounts, counts and times shared by the shift tests.
enum ShiftFixtures {
    static let euro = DenominationSet.eur.currency
    static let openedAt = Date(timeIntervalSince1970: 1_760_000_000)

    static func euros(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: euro) }

    static func minutes(_ count: Double) -> Date { openedAt.addingTimeInterval(count * 60) }

    /// A count from face values in minor units to quantities: `[2_000: 3]` is three 20.00 notes.
    static func count(_ quantities: [Int64: Int], in set: DenominationSet = .eur) throws -> CashCount {
        var byDenomination: [Denomination: Int] = [:]
        for (worth, quantity) in quantities {
            byDenomination[try #require(set.denomination(worth: worth))] = quantity
        }
        return try CashCount(set, quantities: byDenomination)
    }

    /// 150.00 in the drawer: 2 × 50, 2 × 20, 1 × 5, 2 × 2, 1 × 1.
    static func float150() throws -> CashCount {
        try count([5_000: 2, 2_000: 2, 500: 1, 200: 2, 100: 1])
    }

    static func openShift() throws -> Shift {
        Shift(id: "shift-1", terminalID: "till-2", cashierID: "ann", openedAt: openedAt, openingFloat: try float150())
    }
}
