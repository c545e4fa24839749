import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct ZReportStoreTests {
    let database: AppDatabase

    init() throws {
        database = try ReportDay.store()
        try ReportDay.recordTuesday(on: database)
    }

    /// Max closes through `day` at `date` (Monday 18:00 unless given).
    func close(through day: String, at date: Date = ReportDay.local(18)) throws -> ZReport {
        try database.closeZ(through: try BusinessDay(day), terminalID: "T1", closedBy: "max", at: date, currency: ReportDay.chf,
                            rounding: .halfUp, calendar: ReportDay.zurich)
    }

    @Test func theFirstZClosesFromTheFirstDayAndIsStoredWithItsOutboxEvent() throws {
        // When Max closes Monday
        let z = try close(through: "2025-03-03")
        // Then it is Z 1, of Monday only, with the day's figures; the grand totals start from them:
        // sales 39.47, and 39.47 + refunds 4.68 + voids 3.50 = 47.65 in absolute value
        #expect(z.number == 1)
        #expect(z.period.from == (try ReportDay.day()))
        #expect(z.period.to == (try ReportDay.day()))
        #expect(z.period.salesCount == 4)
        #expect(z.grandTotals == GrandTotals(zNumber: 1, total: 3_947, absolute: 4_765))
        // And the row and its document say the same
        let stored = try #require(try database.zReport(number: 1))
        #expect(stored.summary == (try ZReportSummary(row: 1, from: "2025-03-03", to: "2025-03-03", closedAt: "2025-03-03T17:00:00.000Z",
                                                      salesCount: 4, gross: 4_100, net: 3_479, total: 3_947, absolute: 4_765)))
        #expect(stored.document == z.rendered(as: .json))
        // And the hub learns of it: the Z's JSON, with who closed it where and when
        let event = try #require(try database.outbox(limit: 1_000).last)
        #expect(event.kind == "z-report")
        let payload = try #require(try database.payloads("z-report").first)
        #expect(payload["number"] as? Int == 1)
        #expect(payload["closedBy"] as? String == "max")
        #expect(payload["terminalID"] as? String == "T1")
        let report = try #require(payload["report"] as? [String: Any])
        #expect(report["grand_total"] as? Int == 3_947)
        #expect(report["sales_count"] as? Int == 4)
    }

    @Test func zNumbersHaveNoGapsAndGrandTotalsOnlyGrow() throws {
        let monday = try close(through: "2025-03-03")
        // When Tuesday is closed on Tuesday evening
        let tuesday = try close(through: "2025-03-04", at: ReportDay.local(18, days: 1))
        // Then it is Z 2, of Tuesday only: its 5.76 is added to both grand totals
        #expect(tuesday.number == 2)
        #expect(tuesday.period.from == (try ReportDay.day("2025-03-04")))
        #expect(tuesday.period.salesCount == 1)
        #expect(tuesday.previous == monday.grandTotals)
        #expect(tuesday.grandTotals == GrandTotals(zNumber: 2, total: 4_523, absolute: 5_341))
        #expect(try database.zReports().map(\.number) == [1, 2])
        #expect(try database.zReports().map(\.grandTotals) == [monday.grandTotals, tuesday.grandTotals])
    }

    @Test func aClosedDayCannotBeClosedAgain() throws {
        _ = try close(through: "2025-03-03")
        let before = try database.outbox(limit: 1_000).count
        #expect(throws: StoreError.conflict("Z report 1 already closed the days through 2025-03-03; a Z report closes only later days.")) {
            try close(through: "2025-03-03", at: ReportDay.local(19))
        }
        #expect(throws: StoreError.conflict("Z report 1 already closed the days through 2025-03-03; a Z report closes only later days.")) {
            try close(through: "2025-03-02", at: ReportDay.local(19))
        }
        // And nothing was written
        #expect(try database.zReports().count == 1)
        #expect(try database.outbox(limit: 1_000).count == before)
    }

    @Test func aZOfNothingOfADayNotBegunOrOfAnOpenDrawerIsRefused() throws {
        #expect(throws: StoreError.conflict("2025-03-04 has not begun yet; a Z report closes days up to today, 2025-03-03.")) {
            try close(through: "2025-03-04")
        }
        #expect(throws: StoreError.conflict("Nothing was booked through 2025-03-02: there is no sale, refund or shift to close.")) {
            try close(through: "2025-03-02")
        }
        // The first Z may close several days at once
        let both = try close(through: "2025-03-04", at: ReportDay.local(18, days: 1))
        #expect(try both.number == 1 && both.period.from == ReportDay.day() && both.period.salesCount == 5)
        #expect(throws: StoreError.conflict(
            "Nothing was booked from 2025-03-05 through 2025-03-05, after Z report 1: there is no sale, refund or shift to close.")) {
            try close(through: "2025-03-05", at: ReportDay.local(18, days: 2))
        }
        // When a drawer opens on Wednesday and is not closed
        try database.openShift(Shift(id: "wed", terminalID: "T1", cashierID: "ann", openedAt: ReportDay.local(8, days: 2),
                                     openingFloat: try ShiftStoreFixture.count([2_000: 5])))
        #expect(throws: StoreError.conflict("Shift wed of ann is still open; count and close its drawer before the Z report.")) {
            try close(through: "2025-03-05", at: ReportDay.local(18, days: 2))
        }
        #expect(try database.zReports().count == 1)
    }

    @Test func onlyStaffMayCloseAndTheTableRefusesWhatTheStoreWouldNot() throws {
        #expect(throws: StoreError.conflict("There is no staff member zoe; add them with `till staff add` first.")) {
            try database.closeZ(through: ReportDay.day(), terminalID: "T1", closedBy: "zoe", at: ReportDay.local(18),
                                currency: ReportDay.chf, rounding: .halfUp, calendar: ReportDay.zurich)
        }
        _ = try close(through: "2025-03-03")
        // A skipped number, a day closed twice, a lower grand total, an edit and a removal all fail in SQLite itself
        let insert = """
            INSERT INTO z_report (number, terminal_id, from_day, to_day, closed_at, closed_by, sales_count, gross, net,
                                  grand_total, grand_total_absolute, document)
            VALUES (?, 'T1', ?, ?, '2025-03-05T17:00:00.000Z', 'max', 0, 0, 0, ?, 9999, '{}')
            """
        for arguments: StatementArguments in [[3, "2025-03-04", "2025-03-04", 3_947], [2, "2025-03-03", "2025-03-04", 3_947],
                                              [2, "2025-03-04", "2025-03-04", 3_000]] {
            #expect(throws: DatabaseError.self) { try database.writer.write { try $0.execute(sql: insert, arguments: arguments) } }
        }
        #expect(throws: DatabaseError.self) { try database.writer.write { try $0.execute(sql: "UPDATE z_report SET net = 0") } }
        #expect(throws: DatabaseError.self) { try database.writer.write { try $0.execute(sql: "DELETE FROM z_report") } }
        #expect(try database.zReports().count == 1)
    }

    @Test func aStoredZReadsTheSameAsTextCSVAndJSON() throws {
        let z = try close(through: "2025-03-03")
        let stored = try #require(try database.zReport(number: 1))
        // Worked out again for paper, the Z is the one closed
        let reprint = try #require(try database.reprintZ(number: 1, currency: ReportDay.chf, rounding: .halfUp, calendar: ReportDay.zurich))
        #expect(reprint == z)
        #expect(reprint.rendered(as: .json) == stored.document)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stored.document.utf8)) as? [String: Any])
        // Every CSV figure is the JSON figure, amounts as decimals of its minor units
        let records = reprint.rendered(as: .csv).split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var tableRows: [String: [String]] = [:]
        for record in records {
            let (section, row, figure, value) = (record[0], record[1], record[2], record[3])
            let object: [String: Any]?
            if row.isEmpty {
                object = section.isEmpty ? json : Self.member(section, of: json) as? [String: Any]
            } else {
                if !(tableRows[section]?.contains(row) ?? false) { tableRows[section, default: []].append(row) }
                let position = try #require(tableRows[section]?.firstIndex(of: row))
                object = (Self.member(section, of: json) as? [[String: Any]])?[position]
            }
            switch object?[figure] {
            case let number as NSNumber: #expect(Int64(value.replacing(".", with: "")) == number.int64Value, "\(section) \(row) \(figure)")
            case let text as String: #expect(value == text, "\(section) \(row) \(figure)")
            case nil: #expect(value.isEmpty, "\(section) \(row) \(figure) is only in CSV")
            default: Issue.record("\(section) \(row) \(figure): unexpected JSON")
            }
        }
        #expect(records.count > 40)
        // And the paper prints the same figures at 42 and 48 columns
        for columns in [42, 48] {
            let text = reprint.rendered(as: .text(columns: columns))
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= columns })
            for (label, key) in [("Z number", "number"), ("Sales", "sales_count"), ("Gross", "gross"), ("Net", "net"),
                                 ("Grand total", "grand_total"), ("Grand total absolute", "grand_total_absolute")] {
                let line = text.split(separator: "\n").first { $0.hasPrefix(label + " ") && !$0.dropFirst(label.count).contains(where: \.isLetter) }
                let printed = line?.split(separator: " ").last.map { Int64($0.replacing(".", with: "")) }
                #expect(printed == (json[key] as? NSNumber)?.int64Value, "\(label) at \(columns) columns")
            }
        }
    }

    @Test func aZThatNoLongerMatchesItsDaysIsNotReprinted() throws {
        _ = try close(through: "2025-03-03")
        // Given a sale booked on Monday after Monday was closed
        var cart = Cart(currency: ReportDay.chf, openedAt: SaleFixture.now)
        try cart.add(ReportDay.cake, at: SaleFixture.now)
        try cart.addTender(.card, amount: 520, context: try SaleFixture.pricing())
        try ReportDay.commit(try cart.complete(id: "late", staffID: "ann", context: try SaleFixture.pricing()), at: ReportDay.local(19),
                             shift: nil, to: database)
        // Then Z 1 is not printed again under its number with other figures; its stored JSON stands
        #expect(throws: StoreError.conflict("Z report 1 no longer matches the rows of 2025-03-03 to 2025-03-03: something was booked "
                                            + "on those days after the close, or the time zone changed. Its stored JSON is the record.")) {
            try database.reprintZ(number: 1, currency: ReportDay.chf, rounding: .halfUp, calendar: ReportDay.zurich)
        }
        #expect(try database.zReport(number: 1) != nil)
        #expect(try database.reprintZ(number: 2, currency: ReportDay.chf, rounding: .halfUp, calendar: ReportDay.zurich) == nil)
    }

    @Test func aDrawerOpenedAfterItsDaysZCountsInTheNextZWithItsSales() throws {
        _ = try close(through: "2025-03-03")
        // Given Ann opens a drawer on Monday evening, after Monday's Z, and sells a cake for cash
        try openEveningDrawer()
        // Then neither a Z through Monday nor an X of Monday sees it, and Tuesday's Z waits for its count
        #expect(try PeriodReport(database.reportInput(from: ReportDay.day(), to: ReportDay.day(), currency: ReportDay.chf, rounding: .halfUp,
                                                    calendar: ReportDay.zurich)).cash.drawers.map(\.shiftID) == ["am", "pm"])
        #expect(throws: StoreError.conflict("Shift eve of ann is still open; count and close its drawer before the Z report.")) {
            try close(through: "2025-03-04", at: ReportDay.local(18, days: 1))
        }
        // When the drawer is counted and Tuesday closed
        try ReportDay.count("eve", [2_000: 5, 500: 1, 10: 1, 5: 1, 100: 1], by: "ann", closedBy: "max", at: ReportDay.local(21),
                            on: database)
        let tuesday = try close(through: "2025-03-04", at: ReportDay.local(18, days: 1))
        // Then its drawer and its sale are in Tuesday's Z, with the cake's 5.20 cash: 100 + 5.20 expected, 106.15 counted
        #expect(tuesday.period.cash.drawers.map(\.shiftID) == ["eve"])
        #expect(tuesday.period.cash.total.expected == 10_520)
        #expect(tuesday.period.cash.total.overShort == 95)
        #expect(tuesday.period.salesCount == 2)
    }

    @Test func shiftsStoredBeforeTheirDaysAreBookedOnTheDayTheyWouldHaveBeen() throws {
        _ = try close(through: "2025-03-03")
        try openEveningDrawer()
        // Given a store from before shifts had a business day
        try database.writer.write { db in
            try db.execute(sql: """
                DROP INDEX shift_by_day;
                ALTER TABLE shift DROP COLUMN business_day;
                DELETE FROM grdb_migrations WHERE identifier = 'v10-shift-days';
                """)
        }
        // When it is opened again, and migrated
        let migrated = try AppDatabase(path: database.path)
        // Then Monday's drawers stay on Monday and the one opened after Monday's Z is on Tuesday
        let days = try migrated.read { db in
            try Row.fetchAll(db, sql: "SELECT id, business_day FROM shift ORDER BY opened_at").map { "\($0["id"] as String) \($0["business_day"] as String)" }
        }
        #expect(days == ["am 2025-03-03", "pm 2025-03-03", "eve 2025-03-04"])
    }

    /// Ann's drawer opened at 19:00 on Monday, after Monday's Z, with 100.00, and a cake sold in it for 5.20 cash.
    func openEveningDrawer() throws {
        try database.openShift(Shift(id: "eve", terminalID: "T1", cashierID: "ann", openedAt: ReportDay.local(19),
                                     openingFloat: try ShiftStoreFixture.count([2_000: 5])), calendar: ReportDay.zurich)
        let context = try SaleFixture.pricing()
        var cart = Cart(currency: ReportDay.chf, openedAt: SaleFixture.now)
        try cart.add(ReportDay.cake, at: SaleFixture.now)
        try cart.addTender(.cash, amount: 520, context: context)
        let sold = ReportDay.local(19, 30)
        _ = try database.commit(try cart.complete(id: "eve-1", staffID: "ann", context: context), context: SaleContext(
            terminalID: "T1", completedAt: Timestamp.text(sold), businessDay: try database.bookingDay(for: sold, calendar: ReportDay.zurich),
            shiftID: "eve", eventID: "e-eve-1"))
    }

    /// The value at a dotted JSON path ("cash.drawers").
    static func member(_ path: String, of json: [String: Any]) -> Any? {
        path.split(separator: ".").reduce(json as Any?) { ($0 as? [String: Any])?[String($1)] }
    }
}

extension ZReportSummary {
    /// A summary of Max's Z on T1, for comparing with what the store read back.
    init(row number: Int, from: String, to: String, closedAt: String, salesCount: Int, gross: Int64, net: Int64, total: Int64,
         absolute: Int64) throws {
        try self.init(Row(["number": number, "terminal_id": "T1", "from_day": from, "to_day": to, "closed_at": closedAt,
                           "closed_by": "max", "sales_count": salesCount, "gross": gross, "net": net, "grand_total": total,
                           "grand_total_absolute": absolute]), path: "")
    }
}
