import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct LoginTests {
    let database: AppDatabase

    init() throws { database = try StaffFixture.store() }

    private func logIn(_ staffID: String, _ pin: String, at seconds: Double) throws -> LoginOutcome {
        try database.logIn(staffID: staffID, pin: pin, terminalID: "T1", at: StaffFixture.seconds(seconds))
    }

    /// The recorded attempts of `staffID`, oldest first, as "succeeded@at".
    private func attempts(_ staffID: String) throws -> [String] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT succeeded, at, terminal_id FROM login_attempt WHERE staff_id = ? ORDER BY id",
                             arguments: [staffID]).map { "\($0["succeeded"] as Bool)@\($0["at"] as String)/\($0["terminal_id"] as String)" }
        }
    }

    @Test func theRightPINLogsInAndIsRecorded() throws {
        #expect(try logIn("ann", "1234", at: 0) == .success(try StaffMember(id: "ann", name: "Ann", role: .cashier)))
        #expect(try attempts("ann") == ["true@2025-10-09T08:53:20.000Z/T1"])
    }

    @Test func aWrongPINIsCountedAndRecorded() throws {
        #expect(try logIn("ann", "4321", at: 0) == .wrongPIN(failures: 1, retryAt: nil))
        #expect(try logIn("ann", "12", at: 1) == .wrongPIN(failures: 2, retryAt: nil))
        #expect(try attempts("ann").count == 2)
        #expect(try attempts("ann").allSatisfy { $0.hasPrefix("false@") })
    }

    @Test func anUnknownNumberIsRecordedToo() throws {
        #expect(try logIn("9999", "1234", at: 0) == .unknownStaff)
        #expect(try attempts("9999") == ["false@2025-10-09T08:53:20.000Z/T1"])
    }

    @Test func aDeactivatedMemberIsToldOnlyWithTheRightPIN() throws {
        let former = try StaffMember(id: "ann", name: "Ann", role: .cashier, isActive: false)
        try database.saveStaff(former, pin: nil, rounds: StaffFixture.rounds, at: StaffFixture.noon)
        #expect(try logIn("ann", "0000", at: 0) == .wrongPIN(failures: 1, retryAt: nil))
        #expect(try logIn("ann", "1234", at: 1) == .inactive(former))
        #expect(try attempts("ann").allSatisfy { $0.hasPrefix("false@") })
    }

    @Test func wrongPINsInARowMakeTheNextAttemptWaitLongerEachTime() throws {
        // Given two free mistypes
        #expect(try logIn("ann", "0000", at: 0) == .wrongPIN(failures: 1, retryAt: nil))
        #expect(try logIn("ann", "0000", at: 1) == .wrongPIN(failures: 2, retryAt: nil))
        // When the third fails, the next attempt must wait 5 s
        #expect(try logIn("ann", "0000", at: 2) == .wrongPIN(failures: 3, retryAt: StaffFixture.seconds(7)))
        // Then an attempt before then is not checked, even with the right PIN, and not recorded
        #expect(try logIn("ann", "1234", at: 6.9) == .retryAt(StaffFixture.seconds(7)))
        #expect(try attempts("ann").count == 3)
        // And once the wait is over a fourth failure doubles it
        #expect(try logIn("ann", "0000", at: 7) == .wrongPIN(failures: 4, retryAt: StaffFixture.seconds(17)))
        #expect(try logIn("ann", "0000", at: 10) == .retryAt(StaffFixture.seconds(17)))
        #expect(try logIn("ann", "0000", at: 17) == .wrongPIN(failures: 5, retryAt: StaffFixture.seconds(37)))
        #expect(try attempts("ann").count == 5)
    }

    @Test func aSuccessStartsTheCountAgain() throws {
        for second in 0..<3 { _ = try logIn("ann", "0000", at: Double(second)) }
        #expect(try logIn("ann", "1234", at: 7) == .success(try StaffMember(id: "ann", name: "Ann", role: .cashier)))
        #expect(try logIn("ann", "0000", at: 8) == .wrongPIN(failures: 1, retryAt: nil))
        #expect(try logIn("ann", "1234", at: 9) == .success(try StaffMember(id: "ann", name: "Ann", role: .cashier)))
    }

    @Test func unknownNumbersAreThrottledAndOthersAreNot() throws {
        for second in 0..<3 { #expect(try logIn("9999", "1234", at: Double(second)) == .unknownStaff) }
        #expect(try logIn("9999", "1234", at: 3) == .retryAt(StaffFixture.seconds(7)))
        // Another number's failures do not hold Sam up
        #expect(try logIn("sam", "5678", at: 3) == .success(try StaffMember(id: "sam", name: "Sam", role: .supervisor)))
    }

    @Test func theThrottleIsTheCallersToChoose() throws {
        let strict = LoginThrottle(freeAttempts: 1, firstDelay: 60, maximumDelay: 60)
        #expect(try database.logIn(staffID: "ann", pin: "0000", terminalID: "T2", at: StaffFixture.noon, throttle: strict)
                == .wrongPIN(failures: 1, retryAt: StaffFixture.seconds(60)))
        #expect(try database.logIn(staffID: "ann", pin: "1234", terminalID: "T2", at: StaffFixture.seconds(59), throttle: strict)
                == .retryAt(StaffFixture.seconds(60)))
    }
}
