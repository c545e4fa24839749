import Foundation
import Testing
import TillCore

@Suite struct RoleTests {
    @Test func rolesAreOrderedByAuthority() {
        #expect(Role.allCases.sorted() == [.cashier, .trainer, .supervisor, .manager, .admin])
        #expect(Role.cashier < .trainer && .trainer < .supervisor && .supervisor < .manager && .manager < .admin)
    }

    @Test func rawValuesAreStable() throws {
        // Stored and synced: changing one would orphan every record that names it.
        #expect(Role.allCases.map(\.rawValue) == ["cashier", "trainer", "supervisor", "manager", "admin"])
        let encoded = try JSONEncoder().encode([Role.supervisor])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["supervisor"]"#)
    }

    @Test func permissionRawValuesAreStable() {
        #expect(Permission.voidAfterTotal.rawValue == "void-after-total")
        #expect(Permission.refundWithoutReceipt.rawValue == "refund-without-receipt")
        #expect(Permission.zReport.rawValue == "z-report")
        #expect(Set(Permission.allCases.map(\.rawValue)).count == Permission.allCases.count)
    }

    @Test func staffMemberNeedsAnIDAndAName() throws {
        #expect(throws: StaffError.blankID) { try StaffMember(id: " ", name: "Ann", role: .cashier) }
        #expect(throws: StaffError.blankName(id: "s1")) { try StaffMember(id: "s1", name: "  ", role: .cashier) }
        let ann = try StaffMember(id: "s1", name: "  Ann ", role: .cashier)
        #expect(ann.name == "Ann")
        #expect(ann.isActive)
    }

    @Test func staffMemberRoundTripsAndDecodingValidates() throws {
        let ann = try StaffMember(id: "s1", name: "Ann", role: .manager, isActive: false)
        let decoded = try JSONDecoder().decode(StaffMember.self, from: JSONEncoder().encode(ann))
        #expect(decoded == ann)
        let blank = Data(#"{"id":"","name":"Ann","role":"cashier","isActive":true}"#.utf8)
        #expect(throws: StaffError.blankID) { try JSONDecoder().decode(StaffMember.self, from: blank) }
    }
}
