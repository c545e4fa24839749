import Foundation
import GRDB
public import TillCore

extension AppDatabase {
    /// Everything a report of the days `from` through `to` is worked out from, read in one snapshot.
    ///
    /// Sales and refunds count on the business day they were booked on, as the report counters the
    /// commits keep hold them: sales in the local hour on `calendar` they completed in, voided lines
    /// at the price and quantity rung up, which `rounding` values as the cart did. Shifts count on
    /// the business day they were booked on when they opened, rebuilt as the drawer screens rebuild
    /// them, open ones included;
    /// approvals and clock-ins by the instants the days span on `calendar`. Training counts come in
    /// flagged: leaving them out is the core's rule.
    public func reportInput(
        from: BusinessDay, to: BusinessDay, currency: Currency, rounding: RoundingMode,
        calendar: BusinessCalendar = BusinessCalendar()
    ) throws(StoreError) -> ReportInput {
        try read { db in try reportInput(from: from, to: to, currency: currency, rounding: rounding, calendar: calendar, db) }
    }

    /// `reportInput` in the caller's transaction, so a Z report reads exactly what it closes.
    func reportInput(
        from: BusinessDay, to: BusinessDay, currency: Currency, rounding: RoundingMode, calendar: BusinessCalendar,
        _ db: Database
    ) throws -> ReportInput {
        let instants = try requested { () throws(ReportError) in try calendar.instants(from: from, through: to) }
        let period = try requested { () throws(ReportError) in try CounterPeriod(from: from, to: to, calendar: calendar) }
        let window = [Timestamp.text(instants.lowerBound), Timestamp.text(instants.upperBound)]
        var input = ReportInput(currency: currency, from: from, to: to, rounding: rounding)
        input.sales = try countedSales(in: period, currency: currency, calendar: calendar, db)
        input.items = try countedItems(in: period, db)
        input.refunds = try countedRefunds(in: period, currency: currency, db)
        input.taxes = try countedTaxes(in: period, db)
        input.tenders = try countedTenders(in: period, db)
        input.voids = try countedVoids(in: period, db)
        input.tips = try countedTips(in: period, db)
        input.shifts = try String.fetchAll(db, sql: """
            SELECT id FROM shift WHERE business_day >= ? AND business_day <= ? ORDER BY business_day, opened_at, id
            """, arguments: [from.iso, to.iso]).compactMap { try replayShift(id: $0, db) }
        input.approvals = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM approval WHERE approved_at >= ? AND approved_at < ?",
                                           arguments: StatementArguments(window)) ?? 0
        input.activeMinutes = try activeMinutes(within: instants, db)
        return input
    }

    /// Minutes each member was clocked in within `instants`, from their clock-in and clock-out pairs.
    ///
    /// A member still clocked in is left out, so their items per minute read as unknown rather than
    /// as a pace worked out over part of their time.
    private func activeMinutes(within instants: Range<Date>, _ db: Database) throws -> [String: Int] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT staff_id, at, until FROM (
                SELECT staff_id, kind, at, LEAD(at) OVER (PARTITION BY staff_id ORDER BY id) AS until FROM clock_event)
            WHERE kind = 'in' AND at < :end AND (until IS NULL OR until > :start)
            """, arguments: ["start": Timestamp.text(instants.lowerBound), "end": Timestamp.text(instants.upperBound)])
        var seconds: [String: TimeInterval] = [:]
        var stillIn: Set<String> = []
        for row in rows {
            let staffID: String = row["staff_id"]
            guard let until: String = row["until"] else {
                stillIn.insert(staffID)
                continue
            }
            let start = max(try storedTime(row["at"], of: "a clock-in of \(staffID)"), instants.lowerBound)
            let end = min(try storedTime(until, of: "a clock-out of \(staffID)"), instants.upperBound)
            seconds[staffID, default: 0] += max(0, end.timeIntervalSince(start))
        }
        return seconds.filter { !stillIn.contains($0.key) }.mapValues { Int($0 / 60) }
    }

    /// A time the store wrote, or damaged data naming `what` holds it.
    func storedTime(_ text: String, of what: String) throws(StoreError) -> Date {
        guard let date = Timestamp.date(text) else { throw .invalidData(path: path, reason: "\(what) has the unreadable time \(text)") }
        return date
    }

    /// Refuses counts in another currency than the report's: the store's currency was changed.
    func requireCurrency(_ code: String, of what: String, in reported: Currency) throws(StoreError) {
        guard code == reported.code else {
            throw .conflict("\(what) is in \(code), but this report is in \(reported.code); set the store's currency back in till.toml.")
        }
    }

    /// A report rule's refusal of stored rows, as damaged data naming the rows.
    func stored<T>(_ what: String, _ body: () throws(ReportError) -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw .invalidData(path: path, reason: "\(what): \(error.description)") }
    }

    /// A report rule's refusal of the days asked for, worded for the person who asked.
    func requested<T>(_ body: () throws(ReportError) -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw .conflict(error.description) }
    }
}
