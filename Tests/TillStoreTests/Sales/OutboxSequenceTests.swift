import Foundation
import Testing
import TillCore
@testable import TillStore

@Suite struct OutboxSequenceTests {
    @Test func everyKindSharesOneGaplessSequence() throws {
        // Given a store where a day's worth of different events happen, with refused changes among them
        let database = try StaffFixture.store()
        let ann = try #require(try database.staffMember(id: "ann"))
        let sam = try #require(try database.staffMember(id: "sam"))
        try database.clock(.clockIn, staffID: "ann", terminalID: "T1", at: StaffFixture.noon)
        #expect(throws: StoreError.self) { try database.clock(.clockIn, staffID: "ann", terminalID: "T1", at: StaffFixture.noon) }
        try database.openShift(try ShiftStoreFixture.shift())
        #expect(throws: StoreError.self) { try database.openShift(try ShiftStoreFixture.shift("shift-2")) }
        try ShiftStoreFixture.commitSale("o-1", shift: "shift-1", to: database)
        try ShiftStoreFixture.commitSale("t-1", shift: "shift-1", training: true, to: database)
        try database.record(try ShiftStoreFixture.movement("m1", .paidIn, 1_000, by: "sam"), shiftID: "shift-1")
        #expect(throws: StoreError.self) {
            try database.record(try ShiftStoreFixture.movement("m2", .paidOut, 99_999), shiftID: "shift-1")
        }
        try database.record(try Approval(id: "ap-1", action: .permission(.noSale), requestedBy: ann, approvedBy: sam,
                                         reason: "change for a parking meter", at: StaffFixture.noon, policy: .standard),
                            terminalID: "T1", saleID: nil)
        try database.saveCustomer(try Customer(id: "c-1", name: "Lea", cardCode: "2900001"), at: StaffFixture.noon)
        #expect(throws: StoreError.self) {
            try database.saveCustomer(try Customer(id: "c-2", name: "Tom", cardCode: "2900001"), at: StaffFixture.noon)
        }
        var shift = try #require(try database.currentShift(terminalID: "T1"))
        try database.saveCount(try shift.submitCount(shift.openingFloat, countedBy: "ann", at: StaffFixture.seconds(60),
                                                     varianceThreshold: ShiftStoreFixture.chf(10_000)), shiftID: "shift-1")
        try database.closeShift(id: "shift-1", reason: "float only", closedBy: "sam", at: StaffFixture.seconds(120))
        try database.clock(.clockOut, staffID: "ann", terminalID: "T1", at: StaffFixture.seconds(180))
        // Then the outbox holds each accepted change once, numbered 1…n without a gap, each with its own UUID
        let events = try database.outbox()
        #expect(events.map(\.kind) == ["clock", "shift-open", "sale", "cash-movement", "approval", "customer",
                                       "shift-count", "shift-close", "clock"])
        #expect(events.map(\.sequence) == Array(1...9))
        #expect(Set(events.map(\.id)).count == 9)
        #expect(events.filter { $0.kind != "sale" }.allSatisfy { UUID(uuidString: $0.id) != nil })
    }
}
