import Foundation
import TillCore

/// The sale commit's rows written straight through SQLite's C API, report counters included: the
/// baseline Till is measured against. Like the commit, it ticks the terminal's clock, stamps the
/// stock movements with their outbox event, takes the lane's redemption holds and keeps the
/// sale's points with the customer's balance after it.
struct RawSaleWriter {
    private let connection: RawConnection
    private let counter, sale, line, tax, tender, stock, loyalty, outbox, cart: RawStatement
    private let clock, stampStock, holds, dropHolds, saleLoyalty: RawStatement
    private let salesCount, itemCount, monthItemCount, taxCount, tenderCount, voidCount: RawStatement
    private let order: Order
    private let document: String

    init(path: String, order: Order) throws {
        self.order = order
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        document = String(decoding: try encoder.encode(order), as: UTF8.self)
        connection = try RawConnection(path: path)
        counter = try connection.prepare("UPDATE counter SET value = value + 1 WHERE name = ? RETURNING value")
        sale = try connection.prepare("""
            INSERT INTO sale (id, terminal_id, receipt_number, training, completed_at, business_day, staff_id, shift_id,
            customer_id, currency, item_count, subtotal, discount_total, tax_total, total, rounding, paid, change, document)
            VALUES (?, 'T1', ?, 0, '2026-11-24T10:00:00.000Z', '2026-11-24', 'staff-1', NULL, 'customer-1', 'CHF', ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        line = try connection.prepare("""
            INSERT INTO sale_line (sale_id, line_id, product_id, sku, name, category_id, quantity, unit_price, gross, discount,
            net, tax, total, voided) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        tax = try connection.prepare("INSERT INTO sale_tax (sale_id, tax_code, rate_millionths, base, tax) VALUES (?, ?, ?, ?, ?)")
        tender = try connection.prepare("INSERT INTO sale_tender (sale_id, position, kind, amount, reference) VALUES (?, ?, ?, ?, ?)")
        stock = try connection.prepare("""
            INSERT INTO stock_movement (event_id, product_id, location_id, quantity, reason, sale_id, created_at)
            VALUES (?, ?, 'floor', ?, 'sale', ?, '2026-11-24T10:00:00.000Z')
            """)
        loyalty = try connection.prepare("""
            INSERT INTO loyalty_movement (event_id, customer_id, points, earned, reason, sale_id, event_seq, created_at)
            VALUES (?, 'customer-1', 10, 10, 'sale', ?, ?, '2026-11-24T10:00:00.000Z')
            """)
        outbox = try connection.prepare("""
            INSERT INTO outbox (seq, id, kind, payload, created_at, hlc) VALUES (?, ?, 'sale', ?, '2026-11-24T10:00:00.000Z', ?)
            """)
        clock = try connection.prepare("UPDATE counter SET value = max(value + 1, 117957657600000 << 16) WHERE name = 'hlc' RETURNING value")
        stampStock = try connection.prepare("UPDATE stock_movement SET outbox_seq = ? WHERE outbox_seq IS NULL")
        holds = try connection.prepare("SELECT position, kind, reference, amount, offline FROM redemption_hold WHERE terminal_id = 'T1' ORDER BY position")
        dropHolds = try connection.prepare("DELETE FROM redemption_hold WHERE terminal_id = 'T1'")
        saleLoyalty = try connection.prepare("""
            INSERT INTO sale_loyalty (sale_id, customer_id, earned, redeemed, balance_after)
            VALUES (?, 'customer-1', 10, 0, coalesce((SELECT points FROM loyalty_balance WHERE customer_id = 'customer-1'), 0)
                + coalesce((SELECT sum(points) FROM loyalty_movement WHERE customer_id = 'customer-1'
                            AND event_seq > (SELECT settled_through FROM ledger_settlement WHERE id = 1)), 0))
            """)
        cart = try connection.prepare("DELETE FROM open_cart WHERE terminal_id = 'T1'")
        salesCount = try connection.prepare("""
            INSERT INTO report_sales (business_day, training, staff_id, quarter, currency, sales, items, gross, discount, total,
                                      rounding, change, price_overrides)
            VALUES ('2026-11-24', 0, 'staff-1', 1995016, 'CHF', 1, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (business_day, training, staff_id, quarter, currency) DO UPDATE SET
                sales = sales + excluded.sales, items = items + excluded.items, gross = gross + excluded.gross,
                discount = discount + excluded.discount, total = total + excluded.total, rounding = rounding + excluded.rounding,
                change = change + excluded.change, price_overrides = price_overrides + excluded.price_overrides
            """)
        itemCount = try connection.prepare("""
            INSERT INTO report_items (business_day, training, product_id, category_id, name, quantity, net)
            VALUES ('2026-11-24', 0, ?, ?, ?, ?, ?)
            ON CONFLICT (business_day, training, product_id, category_id, name) DO UPDATE SET
                quantity = quantity + excluded.quantity, net = net + excluded.net
            """)
        monthItemCount = try connection.prepare("""
            INSERT INTO report_items_by_month (month, training, product_id, category_id, name, quantity, net)
            VALUES ('2026-11-01', 0, ?, ?, ?, ?, ?)
            ON CONFLICT (month, training, product_id, category_id, name) DO UPDATE SET
                quantity = quantity + excluded.quantity, net = net + excluded.net
            """)
        taxCount = try connection.prepare("""
            INSERT INTO report_taxes (business_day, training, refund, tax_code, rate_millionths, base, tax)
            VALUES ('2026-11-24', 0, 0, ?, ?, ?, ?)
            ON CONFLICT (business_day, training, refund, tax_code, rate_millionths) DO UPDATE SET
                base = base + excluded.base, tax = tax + excluded.tax
            """)
        tenderCount = try connection.prepare("""
            INSERT INTO report_tenders (business_day, training, refund, kind, payments, amount) VALUES ('2026-11-24', 0, 0, ?, 1, ?)
            ON CONFLICT (business_day, training, refund, kind) DO UPDATE SET payments = payments + 1, amount = amount + excluded.amount
            """)
        voidCount = try connection.prepare("""
            INSERT INTO report_voids (business_day, training, staff_id, unit_price, quantity, priced_per, lines)
            VALUES ('2026-11-24', 0, 'staff-1', ?, ?, ?, 1)
            ON CONFLICT (business_day, training, staff_id, unit_price, quantity, priced_per) DO UPDATE SET lines = lines + 1
            """)
    }

    /// Writes sale number `index` in one transaction.
    func write(_ index: Int) throws {
        let id = "raw-\(index)"
        let priced = order.priced
        try connection.exec("BEGIN IMMEDIATE")
        let receipt = try next("receipt")
        try sale.run(.text(id), .int(receipt), .int(priced.itemCount.thousandths), .int(priced.subtotal), .int(priced.discountTotal),
                .int(priced.taxTotal), .int(priced.total), .int(order.payment.rounding), .int(order.payment.paid),
                .int(order.payment.change), .text(document))
        let amounts = priced.linesByID
        for item in order.cart.lines {
            let amount = amounts[item.id]
            try line.run(.text(id), .int(Int64(item.id)), .text(item.productID.rawValue), .text(item.sku), .text(item.name),
                    .text(item.categoryID), .int(item.quantity.thousandths), .int(item.effectivePrice), .int(amount?.gross ?? 0),
                    .int(amount?.discountTotal ?? 0), .int(amount?.net ?? 0), .int(amount?.taxTotal ?? 0), .int(amount?.total ?? 0),
                    .int(item.voided ? 1 : 0))
        }
        for taxLine in priced.taxLines {
            try tax.run(.text(id), .text(taxLine.code), .int(taxLine.rate.millionths), .int(taxLine.base), .int(taxLine.tax))
        }
        for (position, paid) in order.tenders.enumerated() {
            try tender.run(.text(id), .int(Int64(position)), .text(paid.kind.description), .int(paid.amount), .text(paid.reference))
        }
        try countSale()
        try cart.run()
        for item in order.cart.activeLines {
            try stock.run(.text("\(id)/stock/\(item.id)"), .text(item.productID.rawValue), .int(-item.quantity.thousandths), .text(id))
        }
        let sequence = try next("outbox")
        var reading: Int64 = 0
        try clock.rows { reading = $0.int(0) }
        try outbox.run(.int(sequence), .text("raw-event-\(index)"), .text(document), .int(reading))
        try stampStock.run(.int(sequence))
        try holds.rows { _ in }
        try dropHolds.run()
        try loyalty.run(.text("\(id)/loyalty"), .text(id), .int(sequence))
        try saleLoyalty.run(.text(id))
        try connection.exec("COMMIT")
    }

    /// The report counters' upserts, as the sale commit adds the sale to them.
    private func countSale() throws {
        let priced = order.priced
        try salesCount.run(.int(priced.itemCount.thousandths), .int(priced.subtotal), .int(priced.discountTotal), .int(priced.total),
                           .int(order.payment.rounding), .int(order.payment.change),
                           .int(Int64(priced.lines.count(where: { $0.line.priceOverride != nil }))))
        for item in priced.lines {
            for statement in [itemCount, monthItemCount] {
                try statement.run(.text(item.line.productID.rawValue), .text(item.line.categoryID ?? ""), .text(item.line.name),
                                  .int(item.line.quantity.thousandths), .int(item.net))
            }
        }
        for taxLine in priced.taxLines {
            try taxCount.run(.text(taxLine.code), .int(taxLine.rate.millionths), .int(taxLine.base), .int(taxLine.tax))
        }
        for paid in order.tenders { try tenderCount.run(.text(paid.kind.description), .int(paid.amount)) }
        for item in order.cart.lines where item.voided {
            try voidCount.run(.int(item.effectivePrice), .int(item.quantity.thousandths), .int(item.pricedPer.thousandths))
        }
    }

    private func next(_ name: String) throws -> Int64 {
        counter.bind(1, name)
        var value: Int64 = 0
        try counter.rows { value = $0.int(0) }
        return value
    }
}
