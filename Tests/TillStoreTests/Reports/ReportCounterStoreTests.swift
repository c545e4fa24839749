import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// The report counters and shift cash the commits keep, checked against a recount of the stored sales and refunds
/// written in SQL over the sale, line, tax and tender rows (and the documents, for what only they
/// hold), so a counter the commit forgot, doubled or keyed wrongly shows as a row that differs.
@Suite struct ReportCounterStoreTests {
    /// Each counter table beside the SQL that recounts it from the stored sales and refunds, column for column.
    static let recounts: [(table: String, recount: String)] = [
        ("report_sales", """
            SELECT business_day, training, staff_id, CAST(strftime('%s', completed_at) AS INTEGER) / 900, currency, COUNT(*),
                   SUM(item_count), SUM(subtotal), SUM(discount_total), SUM(total), SUM(rounding), SUM(change),
                   SUM((SELECT COUNT(*) FROM json_each(document, '$.cart.lines')
                        WHERE json_extract(value, '$.priceOverride') IS NOT NULL AND NOT json_extract(value, '$.voided')))
            FROM sale GROUP BY 1, 2, 3, 4, 5
            """),
        ("report_items", """
            SELECT s.business_day, s.training, l.product_id, COALESCE(l.category_id, ''), l.name, SUM(l.quantity), SUM(l.net)
            FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE NOT l.voided GROUP BY 1, 2, 3, 4, 5
            """),
        ("report_items_by_month", """
            SELECT substr(s.business_day, 1, 8) || '01', s.training, l.product_id, COALESCE(l.category_id, ''), l.name, SUM(l.quantity),
                   SUM(l.net)
            FROM sale_line l JOIN sale s ON s.id = l.sale_id WHERE NOT l.voided GROUP BY 1, 2, 3, 4, 5
            """),
        ("report_refunds", """
            SELECT business_day, training, staff_id, currency, COUNT(*), SUM(total), SUM(rounding) FROM refund GROUP BY 1, 2, 3, 4
            """),
        ("report_taxes", """
            SELECT day, training, refund, tax_code, rate_millionths, SUM(base), SUM(tax) FROM (
                SELECT s.business_day AS day, s.training, 0 AS refund, t.tax_code, t.rate_millionths, t.base, t.tax
                FROM sale_tax t JOIN sale s ON s.id = t.sale_id
                UNION ALL
                SELECT r.business_day, r.training, 1, t.tax_code, t.rate_millionths, t.base, t.tax
                FROM refund_tax t JOIN refund r ON r.id = t.refund_id
            ) GROUP BY 1, 2, 3, 4, 5
            """),
        ("report_tenders", """
            SELECT day, training, refund, kind, COUNT(*), SUM(amount) FROM (
                SELECT s.business_day AS day, s.training, 0 AS refund, t.kind, t.amount FROM sale_tender t JOIN sale s ON s.id = t.sale_id
                UNION ALL
                SELECT r.business_day, r.training, 1, t.kind, t.amount FROM refund_tender t JOIN refund r ON r.id = t.refund_id
            ) GROUP BY 1, 2, 3, 4
            """),
        ("report_voids", """
            SELECT s.business_day, s.training, s.staff_id,
                   COALESCE(json_extract(l.value, '$.priceOverride.price'), json_extract(l.value, '$.unitPrice')),
                   json_extract(l.value, '$.quantity.thousandths'), json_extract(l.value, '$.pricedPer.thousandths'), COUNT(*)
            FROM sale s, json_each(s.document, '$.cart.lines') l WHERE json_extract(l.value, '$.voided') GROUP BY 1, 2, 3, 4, 5, 6
            """),
        ("shift_cash", """
            SELECT shift_id, SUM(tendered), SUM(change), SUM(refunded) FROM (
                SELECT s.shift_id, (SELECT COALESCE(SUM(amount), 0) FROM sale_tender WHERE sale_id = s.id AND kind = 'cash') AS tendered,
                       s.change, 0 AS refunded
                FROM sale s WHERE s.shift_id IS NOT NULL AND NOT s.training
                UNION ALL
                SELECT r.shift_id, 0, 0, (SELECT COALESCE(SUM(amount), 0) FROM refund_tender WHERE refund_id = r.id AND kind = 'cash')
                FROM refund r WHERE r.shift_id IS NOT NULL AND NOT r.training
            ) GROUP BY shift_id
            """),
    ]

    let database: AppDatabase

    /// `ReportDay` (sales, a card refund, voids, split tenders, cash rounding, two tax rates, a training
    /// sale refunded in training), Tuesday's sale, and a weighed sale with a weighed line voided and a
    /// cash refund without a receipt on Wednesday.
    init() throws {
        database = try ReportDay.store()
        try ReportDay.recordTuesday(on: database)
        try Self.recordWednesday(on: database)
    }

    static func recordWednesday(on database: AppDatabase) throws {
        let context = try SaleFixture.pricing()
        let cheese = Product(id: ProductID("cheese"), sku: "cheese", name: "cheese", categoryID: "deli", price: 3_890,
                             taxCodes: ["reduced"], unit: .kilogram)
        var cart = Cart(currency: ReportDay.chf, openedAt: SaleFixture.now)
        try cart.add(cheese, quantity: .grams(734), at: SaleFixture.now)
        try cart.void(line: try cart.add(cheese, quantity: .grams(251), at: SaleFixture.now))
        try cart.add(ReportDay.tea, at: SaleFixture.now)
        try cart.addTender(.cash, amount: 5_000, context: context)
        try ReportDay.commit(try cart.complete(id: "s7", staffID: "sam", context: context), at: ReportDay.local(10, 5, days: 2),
                             shift: nil, to: database)
        var returned = Cart(currency: ReportDay.chf, openedAt: SaleFixture.now)
        try returned.add(ReportDay.gipfeli, quantity: .each(2), at: SaleFixture.now)
        try ReportDay.refund(try RefundCalculator.withoutReceipt(returned, context: context), id: "r3", at: ReportDay.local(11, days: 2),
                             on: database)
    }

    /// Every counter row, table by table, in one order.
    static func counters(of database: AppDatabase) throws -> [String: [[DatabaseValue]]] {
        try database.writer.read { db in
            try Dictionary(uniqueKeysWithValues: recounts.map { table, _ in (table, try rows("SELECT * FROM \(table)", db)) })
        }
    }

    /// The rows `sql` returns, as values, sorted so that two queries' rows compare whatever order they came in.
    static func rows(_ sql: String, _ db: Database) throws -> [[DatabaseValue]] {
        try Row.fetchAll(db, sql: sql).map { Array($0.databaseValues) }.sorted { "\($0)" < "\($1)" }
    }

    @Test func theCountersEqualARecountOfEveryStoredSaleAndRefund() throws {
        let counters = try Self.counters(of: database)
        for (table, recount) in Self.recounts {
            let recounted = try database.writer.read { try Self.rows(recount, $0) }
            #expect(counters[table] == recounted, "\(table)")
            #expect(!recounted.isEmpty, "\(table) has nothing to compare")
        }
        // The training sale and its refund are counted, apart
        let training = try database.writer.read {
            try Int.fetchOne($0, sql: "SELECT SUM(sales) FROM report_sales WHERE training = 1")
        }
        #expect(training == 1)
    }

    @Test func theMigrationCountsWhatWasStoredBeforeTheCounters() throws {
        // Given a store whose counters are taken away, as a store from before them
        let before = try Self.counters(of: database)
        let report = try Self.mondayToWednesday(of: database)
        try Self.forgetCounters(of: database)
        #expect(try database.count("sqlite_master", where: "name LIKE 'report_%' OR name = 'shift_cash'") == 0)
        // When it is opened again, and migrated
        let migrated = try AppDatabase(path: database.path)
        // Then the counters are counted again from the stored documents, and report the same figures
        #expect(try Self.counters(of: migrated) == before)
        #expect(try Self.mondayToWednesday(of: migrated) == report)
    }

    @Test func theMigrationRefusesADocumentThatNoLongerDecodes() throws {
        try database.writer.write { try $0.execute(sql: "UPDATE sale SET document = '{}' WHERE id = 's3'") }
        try Self.forgetCounters(of: database)
        let error = #expect(throws: StoreError.self) { try AppDatabase(path: database.path) }
        guard case .invalidData(_, let reason)? = error else {
            Issue.record("expected damaged data, got \(String(describing: error))")
            return
        }
        #expect(reason.hasPrefix("sale s3 cannot be read back"))
    }

    @Test func aSaleWithoutAReadableTimeIsRefusedAndNothingIsCounted() throws {
        let before = try Self.counters(of: database)
        var cart = Cart(currency: ReportDay.chf, openedAt: SaleFixture.now)
        try cart.add(ReportDay.tea, at: SaleFixture.now)
        try cart.addTender(.card, amount: 335, context: try SaleFixture.pricing())
        let order = try cart.complete(id: "s8", staffID: "ann", context: try SaleFixture.pricing())
        #expect(throws: StoreError.conflict("Sale s8 has the completion time 3 March, 9:30; give it as ISO 8601 in UTC, "
                                            + "such as 2026-11-24T09:30:00.000Z.")) {
            try database.commit(order, context: SaleContext(terminalID: "T1", completedAt: "3 March, 9:30", businessDay: "2025-03-03",
                                                            eventID: "e-s8"))
        }
        #expect(try Self.counters(of: database) == before)
    }

    static func mondayToWednesday(of database: AppDatabase) throws -> PeriodReport {
        try PeriodReport(database.reportInput(from: ReportDay.day(), to: ReportDay.day("2025-03-05"), currency: ReportDay.chf,
                                              rounding: .halfUp, calendar: ReportDay.zurich))
    }

    /// Drops the counter tables and the migration's record, as in a store from before the counters.
    static func forgetCounters(of database: AppDatabase) throws {
        try database.writer.write { db in
            for (table, _) in recounts { try db.execute(sql: "DROP TABLE \(table)") }
            try db.execute(sql: "DROP TABLE report_gift_cards; DROP TABLE report_tips")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier IN ('v9-report-counters', 'v15-gift-cards-and-tips')")
        }
    }
}
