import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct ApprovalStoreTests {
    let database: AppDatabase

    init() throws { database = try StaffFixture.store() }

    private func approval(_ id: String, _ action: StaffAction) throws -> Approval {
        try Approval(id: id, action: action, requestedBy: try #require(try database.staffMember(id: "ann")),
                     approvedBy: try #require(try database.staffMember(id: "sam")), reason: " damaged box ",
                     at: StaffFixture.noon, policy: .standard)
    }

    @Test func anApprovalIsJournalledWithItsOutboxEvent() throws {
        // When Sam's approval of Ann's refund is recorded for a sale, and a discount's for none
        try database.record(try approval("ap-1", .permission(.refund)), terminalID: "T1", saleID: "o-1")
        try database.record(try approval("ap-2", .discount(basisPoints: 1_500)), terminalID: "T1", saleID: nil)
        // Then both rows read plainly in SQL
        let rows = try database.writer.read { try Row.fetchAll($0, sql: "SELECT * FROM approval ORDER BY id") }
        #expect(rows.map { $0["action"] as String } == ["permission:refund", "discount:1500"])
        #expect(rows.map { $0["approver_role"] as String } == ["supervisor", "supervisor"])
        #expect(rows.map { $0["sale_id"] as String? } == ["o-1", nil])
        #expect(rows.first?["reason"] == "damaged box")
        #expect(rows.first?["approved_at"] == "2025-10-09T08:53:20.000Z")
        // And each is an outbox event carrying the approval as the core encodes it
        let payloads = try database.payloads("approval")
        #expect(payloads.count == 2)
        let first = try #require(payloads.first?["approval"] as? [String: Any])
        #expect(first["approverID"] as? String == "sam")
        #expect(first["approvedAt"] as? String == "2025-10-09T08:53:20.000Z")
        #expect((first["action"] as? [String: String]) == ["permission": "refund"])
        #expect(payloads.first?["saleID"] as? String == "o-1")
        #expect(payloads.last?["saleID"] == nil)
    }

    @Test func theSameApprovalCannotBeJournalledTwice() throws {
        let refund = try approval("ap-1", .permission(.refund))
        try database.record(refund, terminalID: "T1", saleID: nil)
        #expect(throws: StoreError.self) { try database.record(refund, terminalID: "T1", saleID: nil) }
        #expect(try database.outbox().map(\.sequence) == [1])
    }
}
