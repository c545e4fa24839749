/// Which permissions and how large a discount each role holds, so a store can tune its own rules.
///
/// `standard` is the built-in default; a store overrides it by persisting its own policy (or adjusting
/// the default with `grant`, `revoke` and `setDiscountLimit`). A role missing from a decoded policy holds
/// nothing and may give no discount: a typo in a store's file takes rights away rather than granting them.
public struct PermissionPolicy: Hashable, Sendable {
    private var grants: [Role: Set<Permission>]
    private var discountLimits: [Role: Int64]

    /// A policy from explicit grants and discount limits in basis points; roles left out hold nothing.
    public init(grants: [Role: Set<Permission>], discountLimits: [Role: Int64]) throws(StaffError) {
        for (role, limit) in discountLimits where !(0...StaffAction.fullDiscount).contains(limit) {
            throw .discountLimitOutOfRange(role, basisPoints: limit)
        }
        self.grants = grants
        self.discountLimits = discountLimits
    }

    private init(checkedGrants grants: [Role: Set<Permission>], discountLimits: [Role: Int64]) {
        self.grants = grants
        self.discountLimits = discountLimits
    }

    /// The permissions `role` holds.
    public func permissions(of role: Role) -> Set<Permission> { grants[role] ?? [] }

    /// The largest discount `role` may give unaided, in basis points.
    public func discountLimit(of role: Role) -> Int64 { discountLimits[role] ?? 0 }

    /// Whether `role` may perform `action` without anyone's approval.
    public func permits(_ role: Role, _ action: StaffAction) -> Bool {
        switch action {
        case .permission(let permission): permissions(of: role).contains(permission)
        case .discount(let basisPoints): basisPoints >= 0 && basisPoints <= discountLimit(of: role)
        }
    }

    /// Roles whose holders could approve `action` for someone else, least senior first.
    public func approverRoles(for action: StaffAction) -> [Role] {
        Role.allCases.sorted().filter { permits($0, action) && permits($0, .permission(.approve)) }
    }

    /// May `actor` do `action`, and if not, who may approve it?
    ///
    /// An inactive member is refused outright, as is a discount below 0 or above 100 %.
    public func decide(_ action: StaffAction, by actor: StaffMember) -> AccessDecision {
        guard actor.isActive else { return .refused }
        if permits(actor.role, action) { return .allowed }
        let approvers = approverRoles(for: action)
        return approvers.isEmpty ? .refused : .needsApproval(approverRoles: approvers)
    }

    public mutating func grant(_ permission: Permission, to role: Role) {
        grants[role, default: []].insert(permission)
    }

    public mutating func revoke(_ permission: Permission, from role: Role) {
        grants[role]?.remove(permission)
    }

    public mutating func setDiscountLimit(basisPoints: Int64, for role: Role) throws(StaffError) {
        guard (0...StaffAction.fullDiscount).contains(basisPoints) else {
            throw .discountLimitOutOfRange(role, basisPoints: basisPoints)
        }
        discountLimits[role] = basisPoints
    }
}

extension PermissionPolicy {
    /// The built-in rules, after the role matrix common to professional tills.
    ///
    /// - cashier: sell, void a line before total, reprint, open and close their shift; discounts to 10 %.
    /// - trainer: a cashier who may also switch training mode; discounts to 10 %.
    /// - supervisor: adds void after total, refund with receipt, price override, no-sale, cash paid
    ///   in/out, X report, training mode, approving others, receiving and counting stock, handing
    ///   checks over; discounts to 50 %.
    /// - manager: adds refund without receipt, Z report, catalog and staff management, stock adjustments;
    ///   any discount.
    /// - admin: everything; any discount.
    public static let standard: PermissionPolicy = {
        let cashier: Set<Permission> = [.voidLine, .reprint, .openShift, .closeShift]
        let trainer = cashier.union([.trainingMode])
        let supervisor = trainer.union([
            .voidAfterTotal, .refund, .priceOverride, .noSale, .cashPaidIn, .cashPaidOut, .xReport, .approve, .receiveStock,
            .transferCheck,
        ])
        let manager = supervisor.union([.refundWithoutReceipt, .zReport, .manageCatalog, .manageStaff, .adjustStock])
        return PermissionPolicy(
            checkedGrants: [
                .cashier: cashier, .trainer: trainer, .supervisor: supervisor,
                .manager: manager, .admin: Set(Permission.allCases),
            ],
            discountLimits: [
                .cashier: 1_000, .trainer: 1_000, .supervisor: 5_000,
                .manager: StaffAction.fullDiscount, .admin: StaffAction.fullDiscount,
            ]
        )
    }()
}

extension PermissionPolicy: Codable {
    private enum CodingKeys: String, CodingKey {
        case grants
        case discountLimits
    }

    /// Decodes through the validating initialiser, so a store file cannot hold a 150 % limit.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let grants = try container.decode([Role: [Permission]].self, forKey: .grants)
        try self.init(
            grants: grants.mapValues { Set($0) },
            discountLimits: container.decode([Role: Int64].self, forKey: .discountLimits)
        )
    }

    /// Writes permissions in declaration order, not set order, so stored policies diff cleanly.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let ordered = grants.mapValues { held in Permission.allCases.filter(held.contains) }
        try container.encode(ordered, forKey: .grants)
        try container.encode(discountLimits, forKey: .discountLimits)
    }
}
