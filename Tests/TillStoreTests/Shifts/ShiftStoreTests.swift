import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct ShiftStoreTests {
    let database: AppDatabase

    init() throws { database = try StaffFixture.store() }

    @Test func anOpenedShiftIsTheTerminalsCurrentShift() throws {
        let shift = try ShiftStoreFixture.shift()
        try database.openShift(shift)
        #expect(try database.currentShift(terminalID: "T1") == shift)
        #expect(try database.currentShift(terminalID: "T2") == nil)
        let opened = try #require(try database.payloads("shift-open").first)
        #expect(opened["shiftID"] as? String == "shift-1")
        #expect(opened["cashierID"] as? String == "ann")
        #expect(opened["openedAt"] as? String == "2025-10-09T08:53:20.000Z")
        let float = try #require(opened["openingFloat"] as? [String: Any])
        let floatJSON = try JSONSerialization.data(withJSONObject: float)
        #expect(try JSONDecoder().decode(CashCount.self, from: floatJSON) == shift.openingFloat)
    }

    @Test func aTerminalHasOneOpenShiftAtATime() throws {
        try database.openShift(try ShiftStoreFixture.shift())
        #expect(throws: StoreError.conflict("Terminal T1 already has an open shift (shift-1); close it before opening another.")) {
            try database.openShift(try ShiftStoreFixture.shift("shift-2"))
        }
        try database.openShift(try ShiftStoreFixture.shift("shift-3", terminal: "T2"))
        #expect(try database.count("shift") == 2)
        #expect(try database.outbox().map(\.sequence) == [1, 2])
    }

    @Test func onlyAFreshShiftOpens() throws {
        var shift = try ShiftStoreFixture.shift()
        try shift.record(try ShiftStoreFixture.movement("m1", .paidIn, 500))
        #expect(throws: StoreError.conflict("Shift shift-1 already has cash or a count recorded; open it with only its float, then record the rest.")) {
            try database.openShift(shift)
        }
        #expect(throws: StoreError.conflict("There is no staff member zoe; add them with `till staff add` first.")) {
            try database.openShift(Shift(id: "s", terminalID: "T1", cashierID: "zoe", openedAt: StaffFixture.noon,
                                         openingFloat: try ShiftStoreFixture.count([:])))
        }
    }

    @Test func theCurrentShiftIsRebuiltFromMovementsAndCommittedCashSales() throws {
        // Given Ann's shift with a float of 150.00
        try database.openShift(try ShiftStoreFixture.shift())
        // When Sam pays in 20.00, Ann pays out 12.50 and opens the drawer once
        try database.record(try ShiftStoreFixture.movement("m1", .paidIn, 2_000, by: "sam", at: 60), shiftID: "shift-1")
        try database.record(try ShiftStoreFixture.movement("m2", .paidOut, 1_250, at: 120), shiftID: "shift-1")
        try database.record(try ShiftStoreFixture.movement("m3", .noSale, 0, at: 180), shiftID: "shift-1")
        // And two real sales take 10.00 cash and give 6.70 change each, beside a training sale and a sale of no shift
        try ShiftStoreFixture.commitSale("o-1", shift: "shift-1", to: database)
        try ShiftStoreFixture.commitSale("o-2", shift: "shift-1", to: database)
        try ShiftStoreFixture.commitSale("t-1", shift: "shift-1", training: true, to: database)
        try ShiftStoreFixture.commitSale("o-3", shift: nil, to: database)
        // Then the rebuilt shift expects 150.00 + 20.00 − 12.50 + 2 × (10.00 − 6.70) = 164.10
        let shift = try #require(try database.currentShift(terminalID: "T1"))
        #expect(shift.movements.map(\.id) == ["m1", "m2", "m3"])
        #expect(shift.cashTendered == ShiftStoreFixture.chf(2_000))
        #expect(shift.changeGiven == ShiftStoreFixture.chf(1_340))
        #expect(try shift.expectedCash == ShiftStoreFixture.chf(16_410))
        #expect(try database.payloads("cash-movement").map { ($0["movement"] as? [String: Any])?["kind"] as? String }
                == ["paid-in", "paid-out", "no-sale"])
    }

    @Test func cashRefundsOfTheShiftComeOutOfTheDrawer() throws {
        // Given Ann's shift with a float of 150.00 and two sales that brought in 3.30 cash each
        try database.openShift(try ShiftStoreFixture.shift())
        try ShiftStoreFixture.commitSale("o-1", shift: "shift-1", to: database)
        try ShiftStoreFixture.commitSale("o-2", shift: "shift-1", to: database)
        // When both are refunded in full (5.00 to the card, 3.30 in cash), the first on the shift, the second on none
        for (saleID, shiftID) in [("o-1", "shift-1"), ("o-2", nil)] as [(String, String?)] {
            let refund = try RefundCalculator.against(try #require(try database.order(id: saleID)), cashIncrement: 5)
            _ = try database.commit(refund, context: RefundContext(
                refundID: "r-\(saleID)", terminalID: "T1", completedAt: "2025-10-09T10:00:00.000Z", businessDay: "2025-10-09",
                staffID: "ann", shiftID: shiftID, eventID: "e-r-\(saleID)"))
        }
        // Then the drawer expects 150.00 + 2 × 3.30 − 3.30 = 153.30
        let shift = try #require(try database.currentShift(terminalID: "T1"))
        #expect(shift.cashRefunded == ShiftStoreFixture.chf(330))
        #expect(try shift.expectedCash == ShiftStoreFixture.chf(15_330))
    }

    @Test func aPaidOutFundedBySalesStillReplays() throws {
        // Given a float of 150.00 and two sales that bring in 6.60
        try database.openShift(try ShiftStoreFixture.shift())
        try ShiftStoreFixture.commitSale("o-1", shift: "shift-1", to: database)
        try ShiftStoreFixture.commitSale("o-2", shift: "shift-1", to: database)
        // When 155.00 is paid out, which only the sales' cash covers
        try database.record(try ShiftStoreFixture.movement("m1", .paidOut, 15_500), shiftID: "shift-1")
        // Then the shift still rebuilds, with 1.60 in the drawer
        #expect(try database.currentShift(terminalID: "T1")?.expectedCash == ShiftStoreFixture.chf(160))
    }

    @Test func theStoreRefusesWhatTheCoreRefuses() throws {
        try database.openShift(try ShiftStoreFixture.shift())
        #expect(throws: StoreError.conflict(ShiftError.notEnoughCash.description)) {
            try database.record(try ShiftStoreFixture.movement("m1", .paidOut, 20_000), shiftID: "shift-1")
        }
        let euros = try CashMovement(id: "m2", kind: .paidIn, amount: Money(minorUnits: 100, currency: DenominationSet.eur.currency),
                                     reason: "wrong drawer", staffID: "ann", at: StaffFixture.noon)
        #expect(throws: StoreError.conflict(ShiftError.currencyMismatch(expected: "CHF", got: "EUR").description)) {
            try database.record(euros, shiftID: "shift-1")
        }
        #expect(throws: StoreError.conflict("There is no shift shift-9 on this till; open a shift first.")) {
            try database.record(try ShiftStoreFixture.movement("m3", .paidIn, 100), shiftID: "shift-9")
        }
        #expect(try database.count("cash_movement") == 0)
        #expect(try database.outbox().map(\.kind) == ["shift-open"])
    }

    @Test func aCountedShiftClosesAndIsNoLongerCurrent() throws {
        // Given an open shift with one sale: 153.30 expected
        try database.openShift(try ShiftStoreFixture.shift())
        try ShiftStoreFixture.commitSale("o-1", shift: "shift-1", to: database)
        // When the screen's copy takes a blind count of exactly that and it is saved
        var copy = try #require(try database.currentShift(terminalID: "T1"))
        let counted = try ShiftStoreFixture.count([10_000: 1, 2_000: 2, 1_000: 1, 200: 1, 100: 1, 20: 1, 10: 1])
        let close = try copy.submitCount(counted, countedBy: "ann", at: StaffFixture.seconds(3_600),
                                         varianceThreshold: ShiftStoreFixture.chf(0))
        try database.saveCount(close, shiftID: "shift-1")
        // Then the current shift is counted, with the same result, and takes no more cash
        let current = try #require(try database.currentShift(terminalID: "T1"))
        #expect(current.status == .counted)
        #expect(current.reconciliation == close)
        #expect(close.overShort == ShiftStoreFixture.chf(0))
        #expect(throws: StoreError.conflict(ShiftError.countAlreadySubmitted(shiftID: "shift-1").description)) {
            try database.record(try ShiftStoreFixture.movement("m1", .paidIn, 100), shiftID: "shift-1")
        }
        // When Sam closes it
        try database.closeShift(id: "shift-1", reason: nil, closedBy: "sam", at: StaffFixture.seconds(3_700))
        // Then it is no longer current, a new shift may open, and both steps are outbox events
        #expect(try database.currentShift(terminalID: "T1") == nil)
        try database.openShift(try ShiftStoreFixture.shift("shift-2"))
        #expect(try database.outbox().map(\.kind) == ["shift-open", "sale", "shift-count", "shift-close", "shift-open"])
        let closed = try #require(try database.payloads("shift-close").first?["reconciliation"] as? [String: Any])
        #expect(closed["closedBy"] as? String == "sam")
        #expect(closed["closedAt"] as? String == "2025-10-09T09:55:00.000Z")
        let row = try database.writer.read { try Row.fetchOne($0, sql: "SELECT * FROM shift WHERE id = 'shift-1'") }
        #expect(row?["expected"] == 15_330)
        #expect(row?["over_short"] == 0)
        #expect(row?["closed_by"] == "sam")
    }

    @Test func aShiftClosesOnlyOnceAndOnlyAfterItsCount() throws {
        try database.openShift(try ShiftStoreFixture.shift())
        #expect(throws: StoreError.conflict(ShiftError.notCounted(shiftID: "shift-1").description)) {
            try database.closeShift(id: "shift-1", reason: nil, closedBy: "sam", at: StaffFixture.seconds(60))
        }
        var copy = try #require(try database.currentShift(terminalID: "T1"))
        try database.saveCount(try copy.submitCount(copy.openingFloat, countedBy: "ann", at: StaffFixture.seconds(60),
                                                    varianceThreshold: ShiftStoreFixture.chf(0)), shiftID: "shift-1")
        try database.closeShift(id: "shift-1", reason: nil, closedBy: "sam", at: StaffFixture.seconds(120))
        #expect(throws: StoreError.conflict(ShiftError.alreadyClosed(shiftID: "shift-1").description)) {
            try database.closeShift(id: "shift-1", reason: nil, closedBy: "sam", at: StaffFixture.seconds(180))
        }
        #expect(throws: StoreError.conflict("There is no shift shift-9 on this till; open a shift first.")) {
            try database.closeShift(id: "shift-9", reason: nil, closedBy: "sam", at: StaffFixture.seconds(180))
        }
        #expect(try database.outbox().map(\.kind) == ["shift-open", "shift-count", "shift-close"])
    }

    @Test func aShortDrawerClosesOnlyWithAReason() throws {
        // Given a shift counted 0.50 short of its 150.00 float, with no tolerance
        try database.openShift(try ShiftStoreFixture.shift())
        var copy = try #require(try database.currentShift(terminalID: "T1"))
        let short = try ShiftStoreFixture.count([10_000: 1, 2_000: 2, 500: 1, 200: 2, 50: 1])
        try database.saveCount(try copy.submitCount(short, countedBy: "ann", at: StaffFixture.seconds(60),
                                                    varianceThreshold: ShiftStoreFixture.chf(0)), shiftID: "shift-1")
        // Then closing without a reason is refused, and with one it closes
        #expect(throws: StoreError.conflict(ShiftError.reasonRequired(overShort: ShiftStoreFixture.chf(-50)).description)) {
            try database.closeShift(id: "shift-1", reason: "  ", closedBy: "sam", at: StaffFixture.seconds(120))
        }
        try database.closeShift(id: "shift-1", reason: " coin rolled under the till ", closedBy: "sam", at: StaffFixture.seconds(120))
        let reason = try database.writer.read { try String.fetchOne($0, sql: "SELECT reason FROM shift WHERE id = 'shift-1'") }
        #expect(reason == "coin rolled under the till")
    }

    @Test func aCountOfAStaleCopyIsRefused() throws {
        // Given the screen took its copy of the shift before a sale was committed to it
        try database.openShift(try ShiftStoreFixture.shift())
        var stale = try #require(try database.currentShift(terminalID: "T1"))
        try ShiftStoreFixture.commitSale("o-1", shift: "shift-1", to: database)
        // When the count made on that copy is saved, it is refused and nothing is written
        let close = try stale.submitCount(stale.openingFloat, countedBy: "ann", at: StaffFixture.seconds(60),
                                          varianceThreshold: ShiftStoreFixture.chf(100))
        #expect(throws: StoreError.conflict("Cash was recorded on shift shift-1 while its drawer was being counted; count the drawer again.")) {
            try database.saveCount(close, shiftID: "shift-1")
        }
        #expect(try database.currentShift(terminalID: "T1")?.status == .open)
        #expect(try database.count("shift", where: "counted_at IS NULL") == 1)
    }

    @Test func aDamagedShiftIsReportedNotGuessed() throws {
        try database.openShift(try ShiftStoreFixture.shift())
        try database.writer.write { try $0.execute(sql: "UPDATE shift SET float_count = '{\"lines\":[]}'") }
        let error = #expect(throws: StoreError.self) { try database.currentShift(terminalID: "T1") }
        guard case .invalidData(let path, let reason)? = error else {
            Issue.record("expected invalidData, got \(String(describing: error))")
            return
        }
        #expect(path == database.path)
        #expect(reason.hasPrefix("shift shift-1 cannot be rebuilt: "))
    }

    @Test func sqliteKeepsOneOpenShiftPerTerminalEvenWithoutTheStore() throws {
        try database.openShift(try ShiftStoreFixture.shift())
        #expect(throws: DatabaseError.self) {
            try database.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO shift (id, terminal_id, cashier_id, opened_at, currency, opening_float, float_count)
                    VALUES ('shift-2', 'T1', 'ann', 't', 'CHF', 0, '{}')
                    """)
            }
        }
    }
}
