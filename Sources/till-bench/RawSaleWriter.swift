import Foundation
import TillCore

/// The sale commit's rows written straight through SQLite's C API: the baseline Till is measured against.
struct RawSaleWriter {
    private let connection: RawConnection
    private let counter, sale, line, tax, tender, stock, loyalty, outbox, cart: RawStatement
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
            INSERT INTO loyalty_movement (event_id, customer_id, points, reason, sale_id, created_at)
            VALUES (?, 'customer-1', 10, 'sale', ?, '2026-11-24T10:00:00.000Z')
            """)
        outbox = try connection.prepare("INSERT INTO outbox (seq, id, kind, payload, created_at) VALUES (?, ?, 'sale', ?, '2026-11-24T10:00:00.000Z')")
        cart = try connection.prepare("DELETE FROM open_cart WHERE terminal_id = 'T1'")
    }

    /// Writes sale number `index` in one transaction.
    func write(_ index: Int) throws {
        let id = "raw-\(index)"
        let priced = order.priced
        try connection.exec("BEGIN IMMEDIATE")
        let receipt = try next("receipt")
        try run(sale, .text(id), .int(receipt), .int(priced.itemCount.thousandths), .int(priced.subtotal), .int(priced.discountTotal),
                .int(priced.taxTotal), .int(priced.total), .int(order.payment.rounding), .int(order.payment.paid),
                .int(order.payment.change), .text(document))
        let amounts = priced.linesByID
        for item in order.cart.lines {
            let amount = amounts[item.id]
            try run(line, .text(id), .int(Int64(item.id)), .text(item.productID.rawValue), .text(item.sku), .text(item.name),
                    .text(item.categoryID), .int(item.quantity.thousandths), .int(item.effectivePrice), .int(amount?.gross ?? 0),
                    .int(amount?.discountTotal ?? 0), .int(amount?.net ?? 0), .int(amount?.taxTotal ?? 0), .int(amount?.total ?? 0),
                    .int(item.voided ? 1 : 0))
        }
        for taxLine in priced.taxLines {
            try run(tax, .text(id), .text(taxLine.code), .int(taxLine.rate.millionths), .int(taxLine.base), .int(taxLine.tax))
        }
        for (position, paid) in order.tenders.enumerated() {
            try run(tender, .text(id), .int(Int64(position)), .text(paid.kind.description), .int(paid.amount), .text(paid.reference))
        }
        try cart.run()
        for item in order.cart.activeLines {
            try run(stock, .text("\(id)/stock/\(item.id)"), .text(item.productID.rawValue), .int(-item.quantity.thousandths), .text(id))
        }
        try run(loyalty, .text("\(id)/loyalty"), .text(id))
        try run(outbox, .int(try next("outbox")), .text("raw-event-\(index)"), .text(document))
        try connection.exec("COMMIT")
    }

    private enum Value {
        case int(Int64)
        case text(String?)
    }

    private func run(_ statement: RawStatement, _ values: Value...) throws {
        for (offset, value) in values.enumerated() {
            switch value {
            case .int(let number): statement.bind(Int32(offset + 1), number)
            case .text(let text): statement.bind(Int32(offset + 1), text)
            }
        }
        try statement.run()
    }

    private func next(_ name: String) throws -> Int64 {
        counter.bind(1, name)
        var value: Int64 = 0
        try counter.rows { value = $0.int(0) }
        return value
    }
}
