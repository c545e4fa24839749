import Foundation
import GRDBSQLite
import TillCore

/// The sale commit's rows written straight through SQLite's C API: the baseline Till is measured against.
struct RawSaleWriter {
    private var db: OpaquePointer?
    private var statements: [String: OpaquePointer?] = [:]
    private let order: Order
    private let document: String

    init(path: String, order: Order) throws {
        self.order = order
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        document = String(decoding: try encoder.encode(order), as: UTF8.self)
        guard sqlite3_open(path, &db) == SQLITE_OK else { throw RawError.sqlite("open \(path)") }
        for pragma in ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"] {
            try exec(pragma)
        }
        let sql = [
            "counter": "UPDATE counter SET value = value + 1 WHERE name = ? RETURNING value",
            "sale": """
                INSERT INTO sale (id, terminal_id, receipt_number, training, completed_at, business_day, staff_id, shift_id,
                customer_id, currency, item_count, subtotal, discount_total, tax_total, total, rounding, paid, change, document)
                VALUES (?, 'T1', ?, 0, '2026-11-24T10:00:00.000Z', '2026-11-24', 'staff-1', NULL, 'customer-1', 'CHF', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            "line": """
                INSERT INTO sale_line (sale_id, line_id, product_id, sku, name, category_id, quantity, unit_price, gross, discount,
                net, tax, total, voided) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            "tax": "INSERT INTO sale_tax (sale_id, tax_code, rate_millionths, base, tax) VALUES (?, ?, ?, ?, ?)",
            "tender": "INSERT INTO sale_tender (sale_id, position, kind, amount, reference) VALUES (?, ?, ?, ?, ?)",
            "stock": """
                INSERT INTO stock_movement (event_id, product_id, location_id, quantity, reason, sale_id, created_at)
                VALUES (?, ?, 'floor', ?, 'sale', ?, '2026-11-24T10:00:00.000Z')
                """,
            "loyalty": """
                INSERT INTO loyalty_movement (event_id, customer_id, points, reason, sale_id, created_at)
                VALUES (?, 'customer-1', 10, 'sale', ?, '2026-11-24T10:00:00.000Z')
                """,
            "outbox": "INSERT INTO outbox (seq, id, kind, payload, created_at) VALUES (?, ?, 'sale', ?, '2026-11-24T10:00:00.000Z')",
            "cart": "DELETE FROM open_cart WHERE terminal_id = 'T1'",
        ]
        for (name, text) in sql {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(db, text, -1, &statement, nil) == SQLITE_OK else { throw RawError.sqlite("prepare \(name)") }
            statements[name] = statement
        }
    }

    /// Writes sale number `index` in one transaction.
    mutating func write(_ index: Int) throws {
        let id = "raw-\(index)"
        let priced = order.priced
        try exec("BEGIN IMMEDIATE")
        let receipt = try counter("receipt")
        try run("sale", [.text(id), .int(receipt), .int(priced.itemCount.thousandths), .int(priced.subtotal), .int(priced.discountTotal),
                         .int(priced.taxTotal), .int(priced.total), .int(order.payment.rounding), .int(order.payment.paid),
                         .int(order.payment.change), .text(document)])
        let amounts = Dictionary(uniqueKeysWithValues: priced.lines.map { ($0.line.id, $0) })
        for line in order.cart.lines {
            let amount = amounts[line.id]
            try run("line", [.text(id), .int(Int64(line.id)), .text(line.productID.rawValue), .text(line.sku), .text(line.name),
                             .text(line.categoryID ?? ""), .int(line.quantity.thousandths), .int(line.effectivePrice),
                             .int(amount?.gross ?? 0), .int(amount?.discountTotal ?? 0), .int(amount?.net ?? 0),
                             .int(amount?.taxTotal ?? 0), .int(amount?.total ?? 0), .int(line.voided ? 1 : 0)])
        }
        for tax in priced.taxLines {
            try run("tax", [.text(id), .text(tax.code), .int(tax.rate.millionths), .int(tax.base), .int(tax.tax)])
        }
        for (position, tender) in order.tenders.enumerated() {
            try run("tender", [.text(id), .int(Int64(position)), .text(tender.kind.description), .int(tender.amount), .text(tender.reference ?? "")])
        }
        try run("cart", [])
        for line in order.cart.activeLines {
            try run("stock", [.text("\(id)/stock/\(line.id)"), .text(line.productID.rawValue), .int(-line.quantity.thousandths), .text(id)])
        }
        try run("loyalty", [.text("\(id)/loyalty"), .text(id)])
        try run("outbox", [.int(try counter("outbox")), .text("raw-event-\(index)"), .text(document)])
        try exec("COMMIT")
    }

    mutating func close() {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close(db)
    }

    private enum Value { case int(Int64), text(String) }

    private enum RawError: Error { case sqlite(String) }

    private func exec(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else {
            throw RawError.sqlite("\(sql): \(String(cString: sqlite3_errmsg(db)))")
        }
    }

    private func counter(_ name: String) throws -> Int64 {
        let statement = statements["counter"] ?? nil
        sqlite3_bind_text(statement, 1, name, -1, Self.transient)
        defer { sqlite3_reset(statement) }
        guard sqlite3_step(statement) == SQLITE_ROW else { throw RawError.sqlite("counter \(name)") }
        let value = sqlite3_column_int64(statement, 0)
        while sqlite3_step(statement) == SQLITE_ROW {}
        return value
    }

    private func run(_ name: String, _ values: [Value]) throws {
        let statement = statements[name] ?? nil
        for (offset, value) in values.enumerated() {
            switch value {
            case .int(let number): sqlite3_bind_int64(statement, Int32(offset + 1), number)
            case .text(let text): sqlite3_bind_text(statement, Int32(offset + 1), text, -1, Self.transient)
            }
        }
        defer { sqlite3_reset(statement) }
        guard sqlite3_step(statement) == SQLITE_DONE else {
            throw RawError.sqlite("\(name): \(String(cString: sqlite3_errmsg(db)))")
        }
    }

    /// SQLITE_TRANSIENT: SQLite copies the bound text, as Swift strings do not outlive the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
