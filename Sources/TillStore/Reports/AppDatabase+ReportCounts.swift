import Foundation
import GRDB
import TillCore

extension AppDatabase {
    /// The period's sales counts, each UTC quarter hour put in its local hour on `calendar`.
    func countedSales(in period: CounterPeriod, currency: Currency, calendar: BusinessCalendar, _ db: Database) throws -> [SalesCount] {
        var days = StoredDays()
        var hours = QuarterHours(calendar: calendar)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.business_day, s.training, s.staff_id, s.quarter, s.currency, sales, items, gross, discount, total, rounding,
                   change, price_overrides, coalesce(g.cards, 0), coalesce(g.value, 0)
            FROM report_sales s LEFT JOIN report_gift_cards g USING (business_day, training, staff_id, quarter, currency)
            WHERE s.business_day >= ? AND s.business_day < ?
            """, arguments: [period.from, period.end])
        var counts: [SalesCount] = []
        while let row = try rows.next() {
            let day = try stored("the sales counted on \(row[0] as String)") { () throws(ReportError) in try days.day(row[0]) }
            try requireCurrency(row[4], of: "A sale of \(day)", in: currency)
            let figures = SaleFigures(sales: row[5], items: Quantity(thousandths: row[6]), gross: row[7], discount: row[8], total: row[9],
                                      rounding: row[10], change: row[11], priceOverrides: row[12],
                                      giftCards: Tally(count: row[13], amount: row[14]))
            counts.append(SalesCount(businessDay: day, hour: hours.hour(of: row[3]), staffID: row[2], training: row[1], figures: figures))
        }
        return counts
    }

    /// The period's tips by day and server.
    func countedTips(in period: CounterPeriod, _ db: Database) throws -> [TipCount] {
        var days = StoredDays()
        return try Row.fetchAll(db, sql: """
            SELECT business_day, training, server_id, tips, value FROM report_tips WHERE business_day >= ? AND business_day < ?
            ORDER BY business_day, server_id, training
            """, arguments: [period.from, period.end]).map { row in
            let day = try stored("the tips counted on \(row[0] as String)") { () throws(ReportError) in try days.day(row[0]) }
            return TipCount(businessDay: day, serverID: row[2], training: row[1], tips: Tally(count: row[3], amount: row[4]))
        }
    }

    /// The period's sold lines by product, name and category, whole months read from the month counters.
    func countedItems(in period: CounterPeriod, _ db: Database) throws -> [ItemCount] {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT training, product_id, category_id, name, SUM(quantity), SUM(net) FROM (
                SELECT training, product_id, category_id, name, quantity, net FROM report_items
                WHERE business_day >= :from AND business_day < :monthsFrom
                UNION ALL
                SELECT training, product_id, category_id, name, quantity, net FROM report_items_by_month
                WHERE month >= :monthsFrom AND month < :monthsTo
                UNION ALL
                SELECT training, product_id, category_id, name, quantity, net FROM report_items
                WHERE business_day >= :monthsTo AND business_day < :end
            ) GROUP BY training, product_id, category_id, name ORDER BY training, product_id, category_id, name
            """, arguments: ["from": period.from, "monthsFrom": period.monthsFrom, "monthsTo": period.monthsTo, "end": period.end])
        var counts: [ItemCount] = []
        while let row = try rows.next() {
            let category: String = row[2]
            let item = ItemFact(productID: ProductID(row[1] as String), name: row[3], categoryID: category.isEmpty ? nil : category,
                                quantity: Quantity(thousandths: row[4]), net: row[5])
            counts.append(ItemCount(item, training: row[0]))
        }
        return counts
    }

    /// The period's refunds by day and cashier.
    func countedRefunds(in period: CounterPeriod, currency: Currency, _ db: Database) throws -> [RefundCount] {
        var days = StoredDays()
        return try Row.fetchAll(db, sql: """
            SELECT business_day, training, staff_id, currency, refunds, total, rounding FROM report_refunds
            WHERE business_day >= ? AND business_day < ?
            """, arguments: [period.from, period.end]).map { row in
            let day = try stored("the refunds counted on \(row[0] as String)") { () throws(ReportError) in try days.day(row[0]) }
            try requireCurrency(row[3], of: "A refund of \(day)", in: currency)
            return RefundCount(businessDay: day, staffID: row[2], training: row[1], refunds: row[4], total: row[5], rounding: row[6])
        }
    }

    /// The period's tax by code and rate, of sales and of refunds.
    func countedTaxes(in period: CounterPeriod, _ db: Database) throws -> [TaxCount] {
        try Row.fetchAll(db, sql: """
            SELECT training, refund, tax_code, rate_millionths, SUM(base), SUM(tax) FROM report_taxes
            WHERE business_day >= ? AND business_day < ? GROUP BY training, refund, tax_code, rate_millionths
            """, arguments: [period.from, period.end]).map { row in
            TaxCount(TaxLine(code: row[2], rate: TaxRate(millionths: row[3]), base: row[4], tax: row[5]), refund: row[1], training: row[0])
        }
    }

    /// The period's tenders by kind, of sales and of refunds.
    func countedTenders(in period: CounterPeriod, _ db: Database) throws -> [TenderCount] {
        try Row.fetchAll(db, sql: """
            SELECT training, refund, kind, SUM(payments), SUM(amount) FROM report_tenders
            WHERE business_day >= ? AND business_day < ? GROUP BY training, refund, kind
            """, arguments: [period.from, period.end]).map { row in
            TenderCount(kind: Self.tenderKind(row[2]), payments: row[3], amount: row[4], refund: row[1], training: row[0])
        }
    }

    /// The period's voided lines by cashier, price and quantity.
    func countedVoids(in period: CounterPeriod, _ db: Database) throws -> [VoidCount] {
        try Row.fetchAll(db, sql: """
            SELECT training, staff_id, unit_price, quantity, priced_per, SUM(lines) FROM report_voids
            WHERE business_day >= ? AND business_day < ? GROUP BY training, staff_id, unit_price, quantity, priced_per
            """, arguments: [period.from, period.end]).map { row in
            VoidCount(staffID: row[1], training: row[0], lines: row[5], unitPrice: row[2], quantity: Quantity(thousandths: row[3]),
                      pricedPer: Quantity(thousandths: row[4]))
        }
    }

    /// The tender kind whose description the counters keep.
    private static func tenderKind(_ text: String) -> TenderKind {
        [TenderKind.cash, .card, .voucher, .storeCredit].first { $0.description == text } ?? .other(text)
    }
}

/// Business days as the rows write them, each read once: a year's counts share 365 texts.
private struct StoredDays {
    private var known: [String: BusinessDay] = [:]

    mutating func day(_ text: String) throws(ReportError) -> BusinessDay {
        if let day = known[text] { return day }
        let day = try BusinessDay(text)
        known[text] = day
        return day
    }
}

/// The local hours of the UTC quarter hours the sales counters keep, each worked out once.
///
/// Every time zone in use today is a whole number of quarter hours off UTC and changes its clocks on
/// the quarter hour, so all of a quarter falls in one local hour.
private struct QuarterHours {
    let calendar: BusinessCalendar
    private var known: [Int64: Int] = [:]

    init(calendar: BusinessCalendar) {
        self.calendar = calendar
    }

    mutating func hour(of quarter: Int64) -> Int {
        if let hour = known[quarter] { return hour }
        let hour = calendar.hour(of: Date(timeIntervalSince1970: TimeInterval(quarter) * 900))
        known[quarter] = hour
        return hour
    }
}
