/// How the guest takes the order, which can change its tax (take-away food is taxed lower in many countries).
public enum OrderType: String, Hashable, Codable, Sendable, CaseIterable, CustomStringConvertible {
    case dineIn = "dine-in"
    case takeOut = "take-out"
    case delivery

    public var description: String { rawValue }
}
