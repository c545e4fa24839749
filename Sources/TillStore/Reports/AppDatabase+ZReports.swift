import GRDB
public import TillCore

extension AppDatabase {
    /// Every Z report taken on this terminal, oldest first.
    public func zReports() throws(StoreError) -> [ZReportSummary] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(ZReportSummary.columns) FROM z_report ORDER BY number").map {
                try ZReportSummary($0, path: path)
            }
        }
    }

    /// Z report `number` as it was closed, or nil when there is none.
    public func zReport(number: Int) throws(StoreError) -> StoredZReport? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT \(ZReportSummary.columns), document FROM z_report WHERE number = ?", arguments: [number]).map {
                StoredZReport(summary: try ZReportSummary($0, path: path), document: $0["document"])
            }
        }
    }

    /// Z report `number` worked out again from the rows of its days, to print it in any format, or nil
    /// when there is none.
    ///
    /// Only the JSON is stored, so a reprint on paper or in CSV works the Z out again, and is refused
    /// unless that gives the very document stored at the close: a sale booked on its days afterwards,
    /// or a changed time zone, must not go out under an old Z's number.
    public func reprintZ(
        number: Int, currency: Currency, rounding: RoundingMode, calendar: BusinessCalendar = BusinessCalendar()
    ) throws(StoreError) -> ZReport? {
        try read { db in
            let sql = "SELECT \(ZReportSummary.columns), document FROM z_report WHERE number IN (?, ?) ORDER BY number"
            let rows = try Row.fetchAll(db, sql: sql, arguments: [number - 1, number])
            guard let row = rows.last, (row["number"] as Int) == number else { return nil }
            let stored = try ZReportSummary(row, path: path)
            let previous = rows.count == 2 ? try ZReportSummary(rows[0], path: path).grandTotals : GrandTotals.start
            let z = try zReport(from: stored.from, to: stored.to, after: previous, currency: currency, rounding: rounding,
                                calendar: calendar, db)
            guard z.rendered(as: .json) == row["document"] else {
                throw StoreError.conflict("Z report \(number) no longer matches the rows of \(stored.from) to \(stored.to): something was "
                                          + "booked on those days after the close, or the time zone changed. Its stored JSON is the record.")
            }
            return z
        }
    }
}
