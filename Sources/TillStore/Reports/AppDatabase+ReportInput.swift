import Foundation
import GRDB
public import TillCore

extension AppDatabase {
    /// Everything a report of the days `from` through `to` is worked out from, read in one snapshot.
    ///
    /// Sales and refunds count on the business day they were booked on; the sales come back as their
    /// orders were frozen, each with the local hour it completed in and its voided lines, whose value
    /// `rounding` works out as the cart did. Shifts count on the local day they opened, rebuilt as the
    /// drawer screens rebuild them, open ones included; approvals and clock-ins by the instants the
    /// days span on `calendar`. Training rows come in flagged: leaving them out is the core's rule.
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
        let window = [Timestamp.text(instants.lowerBound), Timestamp.text(instants.upperBound)]
        var input = ReportInput(currency: currency, from: from, to: to)
        try readSales(into: &input, rounding: rounding, calendar: calendar, db)
        try readRefunds(into: &input, db)
        input.shifts = try String.fetchAll(db, sql: "SELECT id FROM shift WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at, id",
                                           arguments: StatementArguments(window)).compactMap { try replayShift(id: $0, db) }
        input.approvals = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM approval WHERE approved_at >= ? AND approved_at < ?",
                                           arguments: StatementArguments(window)) ?? 0
        input.activeMinutes = try activeMinutes(within: instants, db)
        return input
    }

    private func readSales(into input: inout ReportInput, rounding: RoundingMode, calendar: BusinessCalendar, _ db: Database) throws {
        var days = StoredDays()
        var hours = LocalHours(calendar: calendar)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, business_day, completed_at, document FROM sale WHERE business_day BETWEEN ? AND ?",
                                       arguments: [input.from.iso, input.to.iso])
        while let row = try rows.next() {
            let id: String = row["id"]
            let order = try decodeOrder(row["document"], id: id)
            try requireCurrency(order.currency, of: "Sale \(id)", in: input.currency)
            let day = try stored("sale \(id)") { () throws(ReportError) in try days.day(row["business_day"]) }
            guard let hour = hours.hour(of: row["completed_at"]) else {
                throw StoreError.invalidData(path: path, reason: "sale \(id) has the unreadable completion time \(row["completed_at"] as String)")
            }
            input.sales.append(SaleFact(order, businessDay: day, hour: hour))
            input.voids += try stored("sale \(id)") { () throws(ReportError) in try VoidFact.voidedLines(of: order, rounding: rounding) }
        }
    }

    private func readRefunds(into input: inout ReportInput, _ db: Database) throws {
        var days = StoredDays()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, business_day, staff_id, training, document FROM refund WHERE business_day BETWEEN ? AND ?
            """, arguments: [input.from.iso, input.to.iso])
        while let row = try rows.next() {
            let id: String = row["id"]
            let refund = try decodeRefund(row["document"], id: id)
            try requireCurrency(refund.currency, of: "Refund \(id)", in: input.currency)
            let day = try stored("refund \(id)") { () throws(ReportError) in try days.day(row["business_day"]) }
            input.refunds.append(RefundFact(refund, staffID: row["staff_id"], businessDay: day, training: row["training"]))
        }
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

    private func requireCurrency(_ currency: Currency, of what: String, in reported: Currency) throws(StoreError) {
        guard currency == reported else {
            throw .conflict("\(what) is in \(currency.code), but this report is in \(reported.code); set the store's currency back in till.toml.")
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

/// Business days as the rows write them, each read once: a day's thousands of sales share one text.
private struct StoredDays {
    private var known: [String: BusinessDay] = [:]

    mutating func day(_ text: String) throws(ReportError) -> BusinessDay {
        if let day = known[text] { return day }
        let day = try BusinessDay(text)
        known[text] = day
        return day
    }
}

/// The local hour of stored completion times, worked out once per minute of UTC time.
///
/// Time zones in use today are whole minutes off UTC and change their clocks on the minute, so all the
/// times within one UTC minute ("2026-11-24T09:30") share a local hour: a busy day's sales need one
/// calendar lookup a minute rather than one a sale.
private struct LocalHours {
    let calendar: BusinessCalendar
    private var known: [Substring: Int] = [:]

    init(calendar: BusinessCalendar) {
        self.calendar = calendar
    }

    /// Nil for a time the store would not have written.
    mutating func hour(of text: String) -> Int? {
        let minute = text.prefix(16)
        if let hour = known[minute] { return hour }
        guard let date = Timestamp.date(text) else { return nil }
        let hour = calendar.hour(of: date)
        known[minute] = hour
        return hour
    }
}
