import Foundation
import Testing
import TillCore

@Suite struct PermissionPolicyTests {
    static let cashier: Set<Permission> = [.voidLine, .reprint, .openShift, .closeShift]
    static let trainer = cashier.union([.trainingMode])
    static let supervisor = trainer.union([
        .voidAfterTotal, .refund, .priceOverride, .noSale, .cashPaidIn, .cashPaidOut, .xReport, .approve, .receiveStock,
        .transferCheck,
    ])
    static let manager = supervisor.union([.refundWithoutReceipt, .zReport, .manageCatalog, .manageStaff, .adjustStock])

    @Test(arguments: [
        (Role.cashier, cashier, Int64(1_000)),
        (.trainer, trainer, 1_000),
        (.supervisor, supervisor, 5_000),
        (.manager, manager, 10_000),
        (.admin, Set(Permission.allCases), 10_000),
    ])
    func standardPolicy(role: Role, permissions: Set<Permission>, discountLimit: Int64) {
        #expect(PermissionPolicy.standard.permissions(of: role) == permissions)
        #expect(PermissionPolicy.standard.discountLimit(of: role) == discountLimit)
    }

    @Test func eachMoreSeniorRoleHoldsAtLeastWhatTheOneBelowHolds() {
        let policy = PermissionPolicy.standard
        for (lower, higher) in zip(Role.allCases, Role.allCases.dropFirst()) {
            #expect(policy.permissions(of: lower).isSubset(of: policy.permissions(of: higher)))
            #expect(policy.discountLimit(of: lower) <= policy.discountLimit(of: higher))
        }
    }

    @Test func cashiersCannotSeeExpectedCashBeforeABlindClose() {
        // The X report shows expected cash, which would spoil a blind close.
        #expect(!PermissionPolicy.standard.permits(.cashier, .permission(.xReport)))
        #expect(PermissionPolicy.standard.permits(.cashier, .permission(.closeShift)))
    }

    @Test func aStoreCanOverrideTheDefault() throws {
        // Given a store that lets cashiers do a no-sale but not reprint, with a 5 % discount limit
        var policy = PermissionPolicy.standard
        policy.grant(.noSale, to: .cashier)
        policy.revoke(.reprint, from: .cashier)
        try policy.setDiscountLimit(basisPoints: 500, for: .cashier)
        // Then only the cashier's rules change
        #expect(policy.permits(.cashier, .permission(.noSale)))
        #expect(!policy.permits(.cashier, .permission(.reprint)))
        #expect(policy.discountLimit(of: .cashier) == 500)
        #expect(policy.permissions(of: .supervisor) == PermissionPolicy.standard.permissions(of: .supervisor))
    }

    @Test func discountLimitsStayBetweenNothingAndEverything() {
        var policy = PermissionPolicy.standard
        #expect(throws: StaffError.discountLimitOutOfRange(.manager, basisPoints: 10_001)) {
            try policy.setDiscountLimit(basisPoints: 10_001, for: .manager)
        }
        #expect(throws: StaffError.discountLimitOutOfRange(.cashier, basisPoints: -1)) {
            try PermissionPolicy(grants: [:], discountLimits: [.cashier: -1])
        }
    }

    @Test func rolesLeftOutOfAStorePolicyHoldNothing() throws {
        let policy = try PermissionPolicy(grants: [.manager: [.zReport]], discountLimits: [:])
        #expect(policy.permissions(of: .admin).isEmpty)
        #expect(policy.discountLimit(of: .admin) == 0)
    }

    @Test func policyRoundTripsAsReadableJSON() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(PermissionPolicy.standard)
        #expect(try JSONDecoder().decode(PermissionPolicy.self, from: data) == .standard)
        // Keys are role names and permissions come out in declaration order, so files diff cleanly.
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""cashier":["void-line","open-shift","close-shift","reprint"]"#))
        #expect(try encoder.encode(PermissionPolicy.standard) == data)
    }

    @Test func decodingRejectsAnImpossibleLimit() {
        let json = Data(#"{"grants":{},"discountLimits":{"cashier":15000}}"#.utf8)
        #expect(throws: StaffError.discountLimitOutOfRange(.cashier, basisPoints: 15_000)) {
            try JSONDecoder().decode(PermissionPolicy.self, from: json)
        }
    }
}
