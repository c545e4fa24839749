import Testing
import TillCore

@Suite struct AccessDecisionTests {
    let policy = PermissionPolicy.standard

    @Test func eachRoleMayDoWhatItHolds() throws {
        for role in Role.allCases {
            let member = try StaffFixtures.member("m", role)
            for permission in policy.permissions(of: role) {
                #expect(policy.decide(.permission(permission), by: member) == .allowed)
            }
        }
    }

    @Test func cashierRefundGoesToTheNearestSupervisor() throws {
        // Given a cashier asking for a refund, which only supervisors and above hold
        let cashier = try StaffFixtures.member("ann", .cashier)
        // Then the trainer is skipped (no refund, no approve) and the least senior approver comes first
        #expect(policy.decide(.permission(.refund), by: cashier)
            == .needsApproval(approverRoles: [.supervisor, .manager, .admin]))
    }

    @Test func refundWithoutReceiptNeedsAManager() throws {
        let supervisor = try StaffFixtures.member("sam", .supervisor)
        #expect(policy.decide(.permission(.refundWithoutReceipt), by: supervisor)
            == .needsApproval(approverRoles: [.manager, .admin]))
    }

    @Test func trainerMaySwitchTrainingModeButCashierMustAsk() throws {
        #expect(policy.decide(.permission(.trainingMode), by: try StaffFixtures.member("tia", .trainer)) == .allowed)
        #expect(policy.decide(.permission(.trainingMode), by: try StaffFixtures.member("ann", .cashier))
            == .needsApproval(approverRoles: [.supervisor, .manager, .admin]))
    }

    @Test func nobodyMayApproveWhatNoApproverHolds() throws {
        // Given a store where only admins close the day and admins may not approve others
        var strict = PermissionPolicy.standard
        strict.revoke(.zReport, from: .manager)
        strict.revoke(.approve, from: .admin)
        let manager = try StaffFixtures.member("max", .manager)
        #expect(strict.decide(.permission(.zReport), by: manager) == .refused)
        #expect(strict.decide(.permission(.zReport), by: try StaffFixtures.member("ada", .admin)) == .allowed)
    }

    @Test func inactiveStaffAreRefusedEverything() throws {
        let gone = try StaffFixtures.member("old", .admin, active: false)
        #expect(policy.decide(.permission(.reprint), by: gone) == .refused)
        #expect(policy.decide(.discount(basisPoints: 0), by: gone) == .refused)
    }

    @Test(arguments: [
        // (role, basis points, decision)
        (Role.cashier, Int64(0), AccessDecision.allowed),
        (.cashier, 1_000, .allowed),
        (.cashier, 1_001, .needsApproval(approverRoles: [.supervisor, .manager, .admin])),
        (.trainer, 1_001, .needsApproval(approverRoles: [.supervisor, .manager, .admin])),
        (.cashier, 5_000, .needsApproval(approverRoles: [.supervisor, .manager, .admin])),
        (.cashier, 5_001, .needsApproval(approverRoles: [.manager, .admin])),
        (.supervisor, 5_000, .allowed),
        (.supervisor, 5_001, .needsApproval(approverRoles: [.manager, .admin])),
        (.manager, 10_000, .allowed),
        (.admin, 10_001, .refused),
        (.cashier, -100, .refused),
    ])
    func discountLimits(role: Role, basisPoints: Int64, decision: AccessDecision) throws {
        let member = try StaffFixtures.member("m", role)
        #expect(policy.decide(.discount(basisPoints: basisPoints), by: member) == decision)
    }

    @Test func discountsAreDescribedAsPercentages() {
        #expect(StaffAction.discount(basisPoints: 1_250).description == "a 12.50 % discount")
        #expect(StaffAction.permission(.voidAfterTotal).description == "void after total")
    }
}
