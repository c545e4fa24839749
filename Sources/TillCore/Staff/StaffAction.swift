/// A request a staff member makes at the till, as the permission policy sees it.
///
/// Discounts carry their size so the policy can compare it with each role's limit. Sizes are integer
/// basis points (1 % = 100, 100 % = 10 000) so 12.5 % is exact and no floating point reaches a decision.
public enum StaffAction: Hashable, Sendable, CustomStringConvertible {
    /// An action guarded by a yes/no permission.
    case permission(Permission)
    /// A discount of this many basis points of the amount it applies to.
    case discount(basisPoints: Int64)

    /// The largest meaningful discount: the whole amount.
    public static let fullDiscount: Int64 = 10_000

    public var description: String {
        switch self {
        case .permission(let permission): permission.description
        case .discount(let basisPoints): "a \(Money.format(basisPoints, exponent: 2)) % discount"
        }
    }
}

extension StaffAction: Codable {
    /// One key per case, so a journal line reads `{"permission":"refund"}` or `{"discount":1250}`.
    private enum CodingKeys: String, CodingKey {
        case permission
        case discount
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let permission = try container.decodeIfPresent(Permission.self, forKey: .permission) {
            self = .permission(permission)
        } else {
            self = .discount(basisPoints: try container.decode(Int64.self, forKey: .discount))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .permission(let permission): try container.encode(permission, forKey: .permission)
        case .discount(let basisPoints): try container.encode(basisPoints, forKey: .discount)
        }
    }
}
