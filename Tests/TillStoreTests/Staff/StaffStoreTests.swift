import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct StaffStoreTests {
    let database: AppDatabase

    init() throws { database = try StaffFixture.store() }

    @Test func membersAreListedByIDAndFoundByNumber() throws {
        #expect(try database.staff().map(\.id) == ["ann", "max", "sam"])
        #expect(try database.staffMember(id: "sam") == StaffMember(id: "sam", name: "Sam", role: .supervisor))
        #expect(try database.staffMember(id: "nobody") == nil)
    }

    @Test func aNewMemberNeedsAPIN() throws {
        let zoe = try StaffMember(id: "zoe", name: "Zoe", role: .cashier)
        #expect(throws: StoreError.conflict("Staff member zoe is new and has no PIN yet; give them a PIN to add them.")) {
            try database.saveStaff(zoe, pin: nil, rounds: StaffFixture.rounds, at: StaffFixture.noon)
        }
        #expect(try database.staffMember(id: "zoe") == nil)
    }

    @Test func changingAMemberWithoutAPINKeepsTheirPIN() throws {
        // When Ann is promoted without a new PIN
        let promoted = try StaffMember(id: "ann", name: "Ann Meyer", role: .supervisor)
        try database.saveStaff(promoted, pin: nil, rounds: StaffFixture.rounds, at: StaffFixture.seconds(60))
        // Then her record changes and her old PIN still works
        #expect(try database.staffMember(id: "ann") == promoted)
        #expect(try database.logIn(staffID: "ann", pin: "1234", terminalID: "T1", at: StaffFixture.seconds(61)) == .success(promoted))
        let times = try database.writer.read { try Row.fetchOne($0, sql: "SELECT created_at, updated_at FROM staff WHERE id = 'ann'") }
        #expect(times?["created_at"] == "2025-10-09T08:53:20.000Z")
        #expect(times?["updated_at"] == "2025-10-09T08:54:20.000Z")
    }

    @Test func aNewPINReplacesTheOldOne() throws {
        let ann = try #require(try database.staffMember(id: "ann"))
        try database.saveStaff(ann, pin: try PIN("86420"), rounds: StaffFixture.rounds, at: StaffFixture.noon)
        #expect(try database.logIn(staffID: "ann", pin: "1234", terminalID: "T1", at: StaffFixture.noon) == .wrongPIN(failures: 1, retryAt: nil))
        #expect(try database.logIn(staffID: "ann", pin: "86420", terminalID: "T1", at: StaffFixture.noon) == .success(ann))
    }

    @Test func everyRoleIsStorable() throws {
        for role in Role.allCases {
            try database.saveStaff(try StaffMember(id: "r-\(role.rawValue)", name: role.rawValue, role: role), pin: try PIN("1111"),
                                   rounds: StaffFixture.rounds, at: StaffFixture.noon)
            #expect(try database.staffMember(id: "r-\(role.rawValue)")?.role == role)
        }
    }

    @Test func anUnknownStoredRoleIsDamagedData() throws {
        try database.writer.write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE staff SET role = 'owner' WHERE id = 'ann'")
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
        }
        #expect(throws: StoreError.invalidData(path: database.path, reason: "staff member ann has the unknown role \"owner\"")) {
            try database.staff()
        }
    }

    @Test func staffChangesStayOffTheOutbox() throws {
        #expect(try database.outbox().isEmpty)
    }
}
