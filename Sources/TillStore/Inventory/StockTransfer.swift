public import TillCore

/// A transfer as this terminal holds it: one it sent, or one on its way here.
public struct StockTransfer: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        case inTransit = "in-transit"
        case received
    }

    public let id: String
    /// What people type to find it ("T1-4").
    public let number: String
    /// The sending store when it is another store; nil for this one.
    public let fromStore: String?
    public let fromLocation: String
    /// The receiving store when it is another store; nil for this one.
    public let toStore: String?
    public let toLocation: String
    public let status: Status
    public let sentAt: String
    public let receivedAt: String?
    public let note: String?
    public let lines: [TransferLine]

    /// "floor → back-room", or with the other store ("north/floor → back-room").
    public var route: String {
        "\(fromStore.map { "\($0)/" } ?? "")\(fromLocation) → \(toStore.map { "\($0)/" } ?? "")\(toLocation)"
    }
}
