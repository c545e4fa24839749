/// A transfer of goods between locations as it travels: inside the sender's transfer events, and in
/// the receiving store's change feed, so the goods can be received on any of its terminals.
public struct TransferNotice: Codable, Hashable, Sendable {
    public struct Line: Codable, Hashable, Sendable {
        public let product: String
        /// How people know the product at the sending end, for a store whose catalog lacks it.
        public let label: String
        /// Thousandths of the product's unit.
        public let sent: Int64
        /// Nil while in transit.
        public let received: Int64?

        public init(product: String, label: String, sent: Int64, received: Int64?) {
            self.product = product
            self.label = label
            self.sent = sent
            self.received = received
        }
    }

    public let id: String
    /// What people type to find it ("T1-4").
    public let number: String
    /// The sending store; nil in a terminal's own event, filled in by the hub.
    public let fromStore: String?
    public let fromLocation: String
    /// The receiving store; nil for a move inside the sender's store.
    public let toStore: String?
    public let toLocation: String
    public let sentAt: String
    public let receivedAt: String?
    public let lines: [Line]

    public init(id: String, number: String, fromStore: String?, fromLocation: String, toStore: String?, toLocation: String,
                sentAt: String, receivedAt: String?, lines: [Line]) {
        self.id = id
        self.number = number
        self.fromStore = fromStore
        self.fromLocation = fromLocation
        self.toStore = toStore
        self.toLocation = toLocation
        self.sentAt = sentAt
        self.receivedAt = receivedAt
        self.lines = lines
    }

    /// The transfer in a payload's JSON (its `transfer` member).
    public static func decode(fromPayload payload: String) throws -> TransferNotice {
        try WireJSON.decode(Envelope.self, from: payload).transfer
    }

    private struct Envelope: Decodable {
        let transfer: TransferNotice
    }
}
