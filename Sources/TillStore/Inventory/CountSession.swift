public import TillCore

/// A count session as the store holds it: where, what it covers, and the sheet so far.
public struct CountSession: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable {
        case open
        case posted
        case cancelled
    }

    public let id: String
    /// What people type to name it ("count 3").
    public let number: Int64
    public let locationID: String
    public let scope: CountScope
    public let status: Status
    public let startedAt: String
    /// Products with their frozen expected level and what has been counted, by SKU.
    public let sheet: [CountLine]

    /// The variances so far, as posting would book them.
    public func report() throws(InventoryError) -> CountReport {
        try CountReport(sheet: sheet, scope: scope)
    }
}
