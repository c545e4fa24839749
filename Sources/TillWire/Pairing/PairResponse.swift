/// The hub's answer to a pairing: who the terminal is on the hub and the secret it signs in with.
public struct PairResponse: Codable, Hashable, Sendable {
    public let storeID: String
    public let terminalID: String
    /// Sent as `Authorization: Bearer TOKEN` on every request; the hub keeps only its hash.
    public let token: String

    public init(storeID: String, terminalID: String, token: String) {
        self.storeID = storeID
        self.terminalID = terminalID
        self.token = token
    }
}
