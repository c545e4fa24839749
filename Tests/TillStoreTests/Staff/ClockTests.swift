import Foundation
import Testing
import TillCore
@testable import TillStore

@Suite struct ClockTests {
    let database: AppDatabase

    init() throws { database = try StaffFixture.store() }

    @Test func clockingInAndOutAlternates() throws {
        #expect(try !database.isClockedIn(staffID: "ann"))
        try database.clock(.clockIn, staffID: "ann", terminalID: "T1", at: StaffFixture.noon)
        #expect(try database.isClockedIn(staffID: "ann"))
        #expect(try !database.isClockedIn(staffID: "sam"))
        // Clocking out on another terminal is fine
        try database.clock(.clockOut, staffID: "ann", terminalID: "T2", at: StaffFixture.seconds(3_600))
        #expect(try !database.isClockedIn(staffID: "ann"))
        try database.clock(.clockIn, staffID: "ann", terminalID: "T1", at: StaffFixture.seconds(7_200))
        #expect(try database.isClockedIn(staffID: "ann"))
    }

    @Test func aSecondClockInOrAStrayClockOutIsRefused() throws {
        try database.clock(.clockIn, staffID: "ann", terminalID: "T1", at: StaffFixture.noon)
        #expect(throws: StoreError.conflict("Staff member ann is already clocked in; clock out first.")) {
            try database.clock(.clockIn, staffID: "ann", terminalID: "T2", at: StaffFixture.seconds(1))
        }
        #expect(throws: StoreError.conflict("Staff member sam is not clocked in, so cannot clock out; clock in first.")) {
            try database.clock(.clockOut, staffID: "sam", terminalID: "T1", at: StaffFixture.seconds(1))
        }
        #expect(throws: StoreError.conflict("There is no staff member zoe; add them with `till staff add` first.")) {
            try database.clock(.clockIn, staffID: "zoe", terminalID: "T1", at: StaffFixture.seconds(1))
        }
        #expect(try database.count("clock_event") == 1)
        #expect(try database.outbox().count == 1)
    }

    @Test func eachClockEventIsAnOutboxEvent() throws {
        try database.clock(.clockIn, staffID: "ann", terminalID: "T1", at: StaffFixture.noon)
        try database.clock(.clockOut, staffID: "ann", terminalID: "T1", at: StaffFixture.seconds(60))
        let payloads = try database.payloads("clock")
        #expect(payloads.map { $0["kind"] as? String } == ["in", "out"])
        #expect(payloads.map { $0["at"] as? String } == ["2025-10-09T08:53:20.000Z", "2025-10-09T08:54:20.000Z"])
        #expect(payloads.first?["staffID"] as? String == "ann")
        #expect(payloads.first?["terminalID"] as? String == "T1")
    }
}
