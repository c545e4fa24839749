public import Foundation
import GRDB
import TillWire
public import TillCore

extension AppDatabase {
    /// Closes every day since the last Z report through `day` with the next Z report and its outbox
    /// event, in one transaction.
    ///
    /// The period starts the day after the last Z's last day (for the first Z, the first day anything
    /// was booked on), so consecutive Zs close every day exactly once. Refused with a conflict, and
    /// nothing written: a day already closed, a day not begun at `date`, a period with no sale, refund
    /// or shift, and a period with a shift still open, as its drawer is not counted yet. The number,
    /// figures and grand totals are the core's, worked out from the rows this transaction reads; the
    /// row keeps the Z's JSON as its document.
    public func closeZ(
        through day: BusinessDay, terminalID: String, closedBy staffID: String, at date: Date, currency: Currency,
        rounding: RoundingMode, calendar: BusinessCalendar = BusinessCalendar()
    ) throws(StoreError) -> ZReport {
        let today = try requested { () throws(ReportError) in try calendar.day(of: date) }
        guard day <= today else { throw .conflict("\(day) has not begun yet; a Z report closes days up to today, \(today).") }
        let closedAt = Timestamp.text(date)
        return try write { db in
            try requireStaff(staffID, db)
            let last = try lastZ(db)
            let from = try firstDayToClose(through: day, after: last, calendar: calendar, db)
            try refuseOpenShift(through: day, db)
            let z = try zReport(from: from, to: day, after: last?.grandTotals ?? .start, currency: currency, rounding: rounding,
                                calendar: calendar, db)
            let document = z.rendered(as: .json)
            try db.execute(sql: """
                INSERT INTO z_report (number, terminal_id, from_day, to_day, closed_at, closed_by, sales_count, gross, net,
                                      grand_total, grand_total_absolute, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [z.number, terminalID, from.iso, day.iso, closedAt, staffID, z.period.salesCount, z.period.gross,
                                 z.period.net, z.grandTotals.total, z.grandTotals.absolute, document])
            try Outbox.append(.zReport, json: ZReportEvent.json(number: z.number, document: document, terminalID: terminalID,
                                                                closedBy: staffID, closedAt: closedAt),
                              id: UUID().uuidString.lowercased(), at: date, db)
            return z
        }
    }

    /// The Z report of the days `from` through `to`, after the Z that left `previous`, from the rows as they stand.
    func zReport(from: BusinessDay, to: BusinessDay, after previous: GrandTotals, currency: Currency, rounding: RoundingMode,
                 calendar: BusinessCalendar, _ db: Database) throws -> ZReport {
        let input = try reportInput(from: from, to: to, currency: currency, rounding: rounding, calendar: calendar, db)
        return try stored("the days \(from) to \(to)") { () throws(ReportError) in
            try ZReport(closing: PeriodReport(input), after: previous)
        }
    }

    /// The latest Z report, whose days and grand totals the next one follows.
    func lastZ(_ db: Database) throws -> ZReportSummary? {
        try Row.fetchOne(db, sql: "SELECT \(ZReportSummary.columns) FROM z_report ORDER BY number DESC LIMIT 1").map {
            try ZReportSummary($0, path: path)
        }
    }

    /// The first day the next Z closes: the day after the last Z's, else the first day anything was
    /// booked on; refuses days already closed and a period with nothing in it.
    private func firstDayToClose(through day: BusinessDay, after last: ZReportSummary?, calendar: BusinessCalendar,
                                 _ db: Database) throws -> BusinessDay {
        guard let last else {
            guard let first = try earliestActivity(onOrAfter: nil, db), first <= day else {
                throw StoreError.conflict("Nothing was booked through \(day): there is no sale, refund or shift to close.")
            }
            return first
        }
        guard day > last.to else {
            throw StoreError.conflict("Z report \(last.number) already closed the days through \(last.to); a Z report closes only later days.")
        }
        let next = try stored("Z report \(last.number)") { () throws(ReportError) in try calendar.day(after: last.to) }
        guard let first = try earliestActivity(onOrAfter: next, db), first <= day else {
            throw StoreError.conflict("Nothing was booked from \(next) through \(day), after Z report \(last.number): "
                                      + "there is no sale, refund or shift to close.")
        }
        return next
    }

    /// The first business day, on or after `day` if given, with a sale, a refund or a shift booked.
    private func earliestActivity(onOrAfter day: BusinessDay?, _ db: Database) throws -> BusinessDay? {
        guard let first = try String.fetchOne(db, sql: """
            SELECT MIN(day) FROM (
                SELECT MIN(business_day) AS day FROM sale WHERE business_day >= :day
                UNION ALL SELECT MIN(business_day) FROM refund WHERE business_day >= :day
                UNION ALL SELECT MIN(business_day) FROM shift WHERE business_day >= :day)
            """, arguments: ["day": day?.iso ?? ""]) else { return nil }
        return try stored("a day booked as \(first)") { () throws(ReportError) in try BusinessDay(first) }
    }

    /// Refuses to close days in which a drawer is still open: its cash is not counted yet.
    private func refuseOpenShift(through day: BusinessDay, _ db: Database) throws {
        let sql = "SELECT id, cashier_id FROM shift WHERE closed_at IS NULL AND business_day <= ? ORDER BY opened_at LIMIT 1"
        guard let open = try Row.fetchOne(db, sql: sql, arguments: [day.iso]) else { return }
        throw StoreError.conflict("Shift \(open["id"] as String) of \(open["cashier_id"] as String) is still open; "
                                  + "count and close its drawer before the Z report.")
    }
}

/// The outbox payload of a Z report: the Z as closed, with where, when and by whom it was taken.
enum ZReportEvent {
    /// `{"closedAt":…,"closedBy":…,"number":…,"report":<document>,"terminalID":…}`, keys sorted as in
    /// the store's other payloads; the document is embedded as written, not encoded again.
    static func json(number: Int, document: String, terminalID: String, closedBy: String, closedAt: String) -> String {
        "{\"closedAt\":\(closedAt.quotedLiteral),\"closedBy\":\(closedBy.quotedLiteral),\"number\":\(number),"
            + "\"report\":\(document),\"terminalID\":\(terminalID.quotedLiteral)}"
    }
}
