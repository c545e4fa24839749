/// `POST /v1/push`: the next events of one terminal, in ascending sequence.
public struct PushRequest: Codable, Hashable, Sendable {
    /// The protocol the terminal speaks; the hub refuses another.
    public let version: Int
    public let events: [WireEvent]

    public init(version: Int = WireVersion.current, events: [WireEvent]) {
        self.version = version
        self.events = events
    }

    /// The most events one push may carry; a terminal with more sends several.
    public static let maximumEvents = 500
}
