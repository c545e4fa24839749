import Foundation
import Testing
import TillCore
@testable import TillStore

/// Shifts in francs, the currency `SaleFixture` sells in, so committed sales count towards the drawer.
enum ShiftStoreFixture {
    static let francs = DenominationSet.chf

    static func chf(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: francs.currency) }

    /// A count from face values in minor units to quantities: `[2_000: 3]` is three 20.00 notes.
    static func count(_ quantities: [Int64: Int]) throws -> CashCount {
        var byDenomination: [Denomination: Int] = [:]
        for (worth, quantity) in quantities {
            byDenomination[try #require(francs.denomination(worth: worth))] = quantity
        }
        return try CashCount(francs, quantities: byDenomination)
    }

    /// Ann's shift on T1 with a float of 150.00: 1 × 100, 2 × 20, 1 × 10.
    static func shift(_ id: String = "shift-1", terminal: String = "T1") throws -> Shift {
        Shift(id: id, terminalID: terminal, cashierID: "ann", openedAt: StaffFixture.noon,
              openingFloat: try count([10_000: 1, 2_000: 2, 1_000: 1]))
    }

    static func movement(_ id: String, _ kind: CashMovement.Kind, _ minorUnits: Int64, by staffID: String = "ann",
                         at seconds: Double = 60) throws -> CashMovement {
        try CashMovement(id: id, kind: kind, amount: chf(minorUnits), reason: "\(kind) \(id)", staffID: staffID,
                         at: StaffFixture.seconds(seconds))
    }

    /// `SaleFixture`'s sale (5.00 by card, then 10.00 cash for the 3.30 left: 6.70 change) on `shift`.
    static func commitSale(_ id: String, shift: String?, training: Bool = false, to database: AppDatabase) throws {
        _ = try database.commit(try SaleFixture.order(id, training: training), context: SaleContext(
            terminalID: "T1", completedAt: "2025-10-09T09:00:00.000Z", businessDay: "2025-10-09", shiftID: shift, eventID: "e-\(id)"))
    }
}
