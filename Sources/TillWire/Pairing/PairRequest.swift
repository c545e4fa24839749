/// `POST /v1/pair`: a terminal exchanges a one-time pairing code for its credentials, saying how it
/// prices so the hub can check it belongs with the store's other terminals.
public struct PairRequest: Codable, Hashable, Sendable {
    public let version: Int
    /// The code `till-hub pair` printed.
    public let code: String
    /// The terminal's id from its till.toml; it must be the one the code was made for.
    public let terminalID: String
    /// The store's currency, ISO 4217.
    public let currency: String
    /// The terminal's tax classes; the first terminal of a store sets them on the hub.
    public let taxClasses: [WireTaxClass]

    public init(version: Int = WireVersion.current, code: String, terminalID: String, currency: String, taxClasses: [WireTaxClass]) {
        self.version = version
        self.code = code
        self.terminalID = terminalID
        self.currency = currency
        self.taxClasses = taxClasses
    }
}

/// A tax class as the wire carries it: its code, name and rate in millionths (8.1 % is 81000).
public struct WireTaxClass: Codable, Hashable, Sendable {
    public let code: String
    public let name: String
    public let rateMillionths: Int64

    public init(code: String, name: String, rateMillionths: Int64) {
        self.code = code
        self.name = name
        self.rateMillionths = rateMillionths
    }
}
