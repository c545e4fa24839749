/// Writes simulated counters into a store's report counter tables through SQLite's C API.
struct CounterWriter {
    private let connection: RawConnection
    private let sale, item, monthItem, tax, tender, void, refund: RawStatement

    init(path: String) throws {
        connection = try RawConnection(path: path)
        sale = try connection.prepare("""
            INSERT INTO report_sales (business_day, training, staff_id, quarter, currency, sales, items, gross, discount, total,
                                      rounding, change, price_overrides)
            VALUES (?, 0, ?, ?, 'CHF', ?, ?, ?, 0, ?, ?, ?, 0)
            """)
        item = try connection.prepare("INSERT INTO report_items VALUES (?, 0, ?, ?, ?, ?, ?)")
        monthItem = try connection.prepare("INSERT INTO report_items_by_month VALUES (?, 0, ?, ?, ?, ?, ?)")
        tax = try connection.prepare("INSERT INTO report_taxes VALUES (?, 0, ?, ?, ?, ?, ?)")
        tender = try connection.prepare("INSERT INTO report_tenders VALUES (?, 0, ?, ?, ?, ?)")
        void = try connection.prepare("INSERT INTO report_voids VALUES (?, 0, ?, ?, 1000, 1000, ?)")
        refund = try connection.prepare("INSERT INTO report_refunds VALUES (?, 0, ?, 'CHF', ?, ?, 0)")
    }

    func begin() throws { try connection.exec("BEGIN IMMEDIATE") }

    func commit() throws { try connection.exec("COMMIT") }

    /// Every counter row of one day.
    func write(_ counts: DayOfCounts) throws {
        try items(counts.items, on: counts.day, table: item)
        for (staff, quarters) in counts.sales.enumerated() {
            for (offset, sum) in quarters.enumerated() where sum.sales > 0 {
                try sale.run(.text(counts.day), .text(DayOfCounts.staff[staff]), .int(counts.midnight + 32 + Int64(offset)),
                        .int(sum.sales), .int(sum.items), .int(sum.total), .int(sum.total), .int(sum.rounding), .int(sum.change))
            }
        }
        for (refunded, rates) in counts.taxes.enumerated() {
            for (rate, sum) in rates.enumerated() where sum.base != 0 || sum.tax != 0 {
                try tax.run(.text(counts.day), .int(Int64(refunded)), .text(DayOfCounts.rates[rate].code),
                            .int(DayOfCounts.rates[rate].millionths), .int(sum.base), .int(sum.tax))
            }
        }
        for (kind, sum) in zip(["cash", "card"], counts.tenders) {
            if sum.payments > 0 { try tender.run(.text(counts.day), .int(0), .text(kind), .int(sum.payments), .int(sum.amount)) }
            if sum.payouts > 0 { try tender.run(.text(counts.day), .int(1), .text(kind), .int(sum.payouts), .int(sum.paidOut)) }
        }
        for (staff, prices) in counts.voids.enumerated() {
            for (price, lines) in prices {
                try void.run(.text(counts.day), .text(DayOfCounts.staff[staff]), .int(price), .int(Int64(lines)))
            }
        }
        for (staff, sum) in counts.refunds.enumerated() where sum.refunds > 0 {
            try refund.run(.text(counts.day), .text(DayOfCounts.staff[staff]), .int(sum.refunds), .int(sum.total))
        }
    }

    /// A month's lines into the month counters.
    func write(_ month: MonthOfItems) throws {
        guard !month.first.isEmpty else { return }
        try items(month.items, on: month.first, table: monthItem)
    }

    private func items(_ sums: [ItemSum], on day: String, table: RawStatement) throws {
        for (product, sum) in sums.enumerated() where sum.quantity > 0 {
            try table.run(.text(day), .text("p\(product)"), .text("category-\(product % 40)"), .text("Product \(product)"),
                    .int(sum.quantity), .int(sum.net))
        }
    }
}
