import GRDB
public import TillCore

/// A stored Z report as a list shows it, without its document.
public struct ZReportSummary: Hashable, Sendable {
    public let number: Int
    public let terminalID: String
    public let from: BusinessDay
    /// The last day it closed, included.
    public let to: BusinessDay
    /// ISO 8601 in UTC, as the store writes times.
    public let closedAt: String
    public let closedBy: String
    public let salesCount: Int
    public let gross: Int64
    public let net: Int64
    /// The grand totals this Z left behind, for the next one.
    public let grandTotals: GrandTotals

    /// The columns `init(_:path:)` reads, selected from `z_report`.
    static let columns = """
        number, terminal_id, from_day, to_day, closed_at, closed_by, sales_count, gross, net, grand_total, grand_total_absolute
        """

    init(_ row: Row, path: String) throws(StoreError) {
        number = row["number"]
        terminalID = row["terminal_id"]
        do {
            from = try BusinessDay(row["from_day"])
            to = try BusinessDay(row["to_day"])
        } catch {
            throw .invalidData(path: path, reason: "Z report \(number) names a day that is not one: \(error.description)")
        }
        closedAt = row["closed_at"]
        closedBy = row["closed_by"]
        salesCount = row["sales_count"]
        gross = row["gross"]
        net = row["net"]
        grandTotals = GrandTotals(zNumber: number, total: row["grand_total"], absolute: row["grand_total_absolute"])
    }
}

/// A stored Z report with its document: the Z as it was closed, in JSON.
public struct StoredZReport: Hashable, Sendable {
    public let summary: ZReportSummary
    public let document: String
}
