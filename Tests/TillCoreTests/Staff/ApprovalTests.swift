import Foundation
import Testing
import TillCore

@Suite struct ApprovalTests {
    let policy = PermissionPolicy.standard
    let noon = Date(timeIntervalSince1970: 1_760_000_000)

    private func approve(
        _ action: StaffAction, for requester: StaffMember, by approver: StaffMember, reason: String = "damaged box"
    ) throws -> Approval {
        try Approval(id: "ap-1", action: action, requestedBy: requester, approvedBy: approver,
                     reason: reason, at: noon, policy: policy)
    }

    @Test func supervisorApprovesACashiersRefund() throws {
        // Given a cashier who may not refund and a supervisor who may
        let ann = try StaffFixtures.member("ann", .cashier)
        let sam = try StaffFixtures.member("sam", .supervisor)
        // When the supervisor approves with a reason
        let approval = try approve(.permission(.refund), for: ann, by: sam, reason: "  damaged box ")
        // Then the record names both people, the action, the reason and the time
        #expect(approval.requesterID == "ann")
        #expect(approval.approverID == "sam")
        #expect(approval.approverRole == .supervisor)
        #expect(approval.action == .permission(.refund))
        #expect(approval.reason == "damaged box")
        #expect(approval.approvedAt == noon)
        let decoded = try JSONDecoder().decode(Approval.self, from: JSONEncoder().encode(approval))
        #expect(decoded == approval)
    }

    @Test func nobodyApprovesTheirOwnRequest() throws {
        // Given a supervisor asking to refund without receipt, which needs a manager
        let sam = try StaffFixtures.member("sam", .supervisor)
        // When the same person (even under a second, senior record) tries to approve it
        let samAsManager = try StaffMember(id: "sam", name: "Sam", role: .manager)
        #expect(throws: StaffError.selfApproval(name: "Sam")) {
            try approve(.permission(.refundWithoutReceipt), for: sam, by: samAsManager)
        }
    }

    @Test func approverMustHoldThePermission() throws {
        let ann = try StaffFixtures.member("ann", .cashier)
        let sam = try StaffFixtures.member("sam", .supervisor)
        #expect(throws: StaffError.approverLacksPermission(name: "Sam", role: .supervisor,
                                                           action: .permission(.refundWithoutReceipt))) {
            try approve(.permission(.refundWithoutReceipt), for: ann, by: sam)
        }
    }

    @Test func approverMustHoldApprove() throws {
        // A trainer may switch training mode but may not authorise others to.
        let ann = try StaffFixtures.member("ann", .cashier)
        let tia = try StaffFixtures.member("tia", .trainer)
        #expect(throws: StaffError.approverCannotApprove(name: "Tia", role: .trainer)) {
            try approve(.permission(.trainingMode), for: ann, by: tia)
        }
    }

    @Test func discountApprovalFollowsTheApproversLimit() throws {
        let ann = try StaffFixtures.member("ann", .cashier)
        let sam = try StaffFixtures.member("sam", .supervisor)
        let max = try StaffFixtures.member("max", .manager)
        // At the supervisor's limit the supervisor may approve; past it only a manager may.
        #expect(try approve(.discount(basisPoints: 5_000), for: ann, by: sam).approverID == "sam")
        #expect(throws: StaffError.approverLacksPermission(name: "Sam", role: .supervisor,
                                                           action: .discount(basisPoints: 5_001))) {
            try approve(.discount(basisPoints: 5_001), for: ann, by: sam)
        }
        #expect(try approve(.discount(basisPoints: 5_001), for: ann, by: max).approverRole == .manager)
    }

    @Test func approvalIsRefusedWhenNotNeededOrUnexplained() throws {
        let ann = try StaffFixtures.member("ann", .cashier)
        let sam = try StaffFixtures.member("sam", .supervisor)
        #expect(throws: StaffError.approvalNotNeeded(name: "Ann", action: .discount(basisPoints: 1_000))) {
            try approve(.discount(basisPoints: 1_000), for: ann, by: sam)
        }
        #expect(throws: StaffError.reasonMissing(action: .permission(.noSale))) {
            try approve(.permission(.noSale), for: ann, by: sam, reason: " \n")
        }
    }

    @Test func inactivePeopleTakeNoPartInApprovals() throws {
        let ann = try StaffFixtures.member("ann", .cashier)
        let sam = try StaffFixtures.member("sam", .supervisor)
        let formerAnn = try StaffFixtures.member("ann", .cashier, active: false)
        let formerSam = try StaffFixtures.member("sam", .supervisor, active: false)
        #expect(throws: StaffError.approverInactive(name: "Sam")) { try approve(.permission(.refund), for: ann, by: formerSam) }
        #expect(throws: StaffError.requesterInactive(name: "Ann")) { try approve(.permission(.refund), for: formerAnn, by: sam) }
    }

    @Test func errorsSayWhatToDo() {
        #expect(StaffError.selfApproval(name: "Sam").description
            == "Sam cannot approve their own request; ask someone else to approve.")
        #expect(StaffError.discountLimitOutOfRange(.cashier, basisPoints: 15_000).description
            == "The cashier discount limit of 150.00 % is not between 0 and 100 %.")
    }

    @Test func actionsEncodeOneKeyPerCase() throws {
        let encoder = JSONEncoder()
        let refund = try encoder.encode(StaffAction.permission(.refund))
        let discount = try encoder.encode(StaffAction.discount(basisPoints: 1_250))
        #expect(String(decoding: refund, as: UTF8.self) == #"{"permission":"refund"}"#)
        #expect(String(decoding: discount, as: UTF8.self) == #"{"discount":1250}"#)
        let decoded = try JSONDecoder().decode(StaffAction.self, from: Data(#"{"discount":1250}"#.utf8))
        #expect(decoded == .discount(basisPoints: 1_250))
    }
}
