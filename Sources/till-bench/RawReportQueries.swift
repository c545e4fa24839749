/// The report's queries run straight through SQLite's C API, every row stepped and every column
/// read: the baseline the report scenarios are measured against.
///
/// The same statements `AppDatabase.reportInput` runs, on the same counters: sales per quarter
/// hour, lines (whole months from the month counters), refunds, taxes, tenders and voids of the
/// period; its shifts, each rebuilt from its row, its cash counter and its movements; approvals;
/// clock events.
final class RawReportQueries {
    private let connection: RawConnection
    private let days: [RawStatement]
    private let items, shifts, shift, shiftSales, shiftMovements, shiftRefunds, approvals, clock: RawStatement

    init(path: String) throws {
        connection = try RawConnection(path: path)
        let ranged = "WHERE business_day >= ? AND business_day < ?"
        days = try [
            """
            SELECT business_day, training, staff_id, quarter, currency, sales, items, gross, discount, total, rounding, change,
                   price_overrides FROM report_sales \(ranged)
            """,
            "SELECT business_day, training, staff_id, currency, refunds, total, rounding FROM report_refunds \(ranged)",
            """
            SELECT training, refund, tax_code, rate_millionths, SUM(base), SUM(tax) FROM report_taxes \(ranged)
            GROUP BY training, refund, tax_code, rate_millionths
            """,
            "SELECT training, refund, kind, SUM(payments), SUM(amount) FROM report_tenders \(ranged) GROUP BY training, refund, kind",
            """
            SELECT training, staff_id, unit_price, quantity, priced_per, SUM(lines) FROM report_voids \(ranged)
            GROUP BY training, staff_id, unit_price, quantity, priced_per
            """,
        ].map(connection.prepare)
        items = try connection.prepare("""
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
            """)
        shifts = try connection.prepare("SELECT id FROM shift WHERE opened_at >= ? AND opened_at < ? ORDER BY opened_at, id")
        shift = try connection.prepare("SELECT * FROM shift WHERE id = ?")
        shiftSales = try connection.prepare("SELECT tendered, change FROM shift_cash WHERE shift_id = ?")
        shiftMovements = try connection.prepare(
            "SELECT id, kind, amount, reason, staff_id, at FROM cash_movement WHERE shift_id = ? ORDER BY seq")
        shiftRefunds = try connection.prepare("SELECT refunded FROM shift_cash WHERE shift_id = ?")
        approvals = try connection.prepare("SELECT COUNT(*) FROM approval WHERE approved_at >= ? AND approved_at < ?")
        clock = try connection.prepare("""
            SELECT staff_id, at, until FROM (
                SELECT staff_id, kind, at, LEAD(at) OVER (PARTITION BY staff_id ORDER BY id) AS until FROM clock_event)
            WHERE kind = 'in' AND at < :end AND (until IS NULL OR until > :start)
            """)
    }

    /// Runs every query of the days [`from`, `end`) — whole months [`monthsFrom`, `monthsTo`) — and of
    /// the instants [`start`, `stop`); returns how many values it read, so no step can be skipped.
    func run(from: String, end: String, monthsFrom: String, monthsTo: String, start: String, stop: String) throws -> Int {
        var values = 0
        for statement in days {
            statement.bind(1, from)
            statement.bind(2, end)
            try statement.rows { values += $0.readAll() }
        }
        for (index, value) in [from, monthsFrom, monthsTo, end].enumerated() { items.bind(Int32(index + 1), value) }
        try items.rows { values += $0.readAll() }
        shifts.bind(1, start)
        shifts.bind(2, stop)
        var ids: [String] = []
        try shifts.rows { ids.append($0.text(0) ?? "") }
        for id in ids {
            for statement in [shift, shiftSales, shiftMovements, shiftRefunds] {
                statement.bind(1, id)
                try statement.rows { values += $0.readAll() }
            }
        }
        approvals.bind(1, start)
        approvals.bind(2, stop)
        try approvals.rows { values += $0.readAll() }
        clock.bind(1, stop)
        clock.bind(2, start)
        try clock.rows { values += $0.readAll() }
        return values
    }
}
