/// How a customer pays.
public enum TenderKind: Hashable, Codable, Sendable, CustomStringConvertible {
    case cash
    case card
    case voucher
    case storeCredit
    case other(String)

    public var isCash: Bool { self == .cash }
    /// Whether it may pay for value loaded onto a gift card: money, not another card's value.
    public var paysGiftCards: Bool { self == .cash || self == .card }

    public var description: String {
        switch self {
        case .cash: "cash"
        case .card: "card"
        case .voucher: "voucher"
        case .storeCredit: "store credit"
        case .other(let name): name
        }
    }
}

/// A payment taken: for cash, the amount handed over (change is worked out from it).
public struct Tender: Hashable, Codable, Sendable {
    public let kind: TenderKind
    public let amount: Int64
    /// The card approval code, voucher number or similar.
    public let reference: String?

    public init(kind: TenderKind, amount: Int64, reference: String? = nil) {
        self.kind = kind
        self.amount = amount
        self.reference = reference
    }
}
