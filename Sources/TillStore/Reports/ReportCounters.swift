import Foundation
import GRDB
import TillCore

/// Adds sales and refunds to the report counters (`ReportCounterSchema`).
///
/// The sale and refund commits (and a tip added after a sale) count through here in their own
/// transactions, and so did the migration that created the counters for the sales and refunds
/// stored before them: one way in, so the counters always equal what adding up every stored sale
/// would give.
enum ReportCounters {
    /// Counts a completed sale on `businessDay`: its figures under its UTC quarter hour and cashier,
    /// the gift cards it loaded, its tips by server, its goods lines, taxes and tenders, its voided lines at the price and quantity rung up, and the
    /// cash it moved in its shift's drawer unless it is training.
    static func count(_ order: Order, businessDay: String, quarter: Int64, shiftID: String?, _ db: Database) throws {
        let figures = SaleFigures(order)
        try db.cachedStatement(sql: """
            INSERT INTO report_sales (business_day, training, staff_id, quarter, currency, sales, items, gross, discount, total,
                                      rounding, change, price_overrides)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (business_day, training, staff_id, quarter, currency) DO UPDATE SET
                sales = sales + excluded.sales, items = items + excluded.items, gross = gross + excluded.gross,
                discount = discount + excluded.discount, total = total + excluded.total, rounding = rounding + excluded.rounding,
                change = change + excluded.change, price_overrides = price_overrides + excluded.price_overrides
            """).execute(arguments: [
                businessDay, order.training, order.staffID, quarter, order.currency.code, figures.sales, figures.items.thousandths,
                figures.gross, figures.discount, figures.total, figures.rounding, figures.change, figures.priceOverrides,
            ])
        if figures.giftCards.count > 0 {
            try db.cachedStatement(sql: """
                INSERT INTO report_gift_cards (business_day, training, staff_id, quarter, currency, cards, value)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (business_day, training, staff_id, quarter, currency) DO UPDATE SET
                    cards = cards + excluded.cards, value = value + excluded.value
                """).execute(arguments: [businessDay, order.training, order.staffID, quarter, order.currency.code,
                                         figures.giftCards.count, figures.giftCards.amount])
        }
        for priced in order.priced.lines {
            if let serverID = priced.line.tipFor {
                try countTip(priced.total, for: serverID, training: order.training, on: businessDay, db)
            }
            guard priced.line.owed == nil else { continue }
            let line = priced.line
            let arguments: StatementArguments = [businessDay, order.training, line.productID.rawValue, line.categoryID ?? "", line.name,
                                                 line.quantity.thousandths, priced.net]
            try db.cachedStatement(sql: """
                INSERT INTO report_items (business_day, training, product_id, category_id, name, quantity, net)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (business_day, training, product_id, category_id, name) DO UPDATE SET
                    quantity = quantity + excluded.quantity, net = net + excluded.net
                """).execute(arguments: arguments)
            try db.cachedStatement(sql: """
                INSERT INTO report_items_by_month (month, training, product_id, category_id, name, quantity, net)
                VALUES (substr(?, 1, 8) || '01', ?, ?, ?, ?, ?, ?)
                ON CONFLICT (month, training, product_id, category_id, name) DO UPDATE SET
                    quantity = quantity + excluded.quantity, net = net + excluded.net
                """).execute(arguments: arguments)
        }
        try count(taxes: order.priced.taxLines, tenders: order.tenders, refund: false, training: order.training, on: businessDay, db)
        for line in order.cart.lines where line.voided {
            try db.cachedStatement(sql: """
                INSERT INTO report_voids (business_day, training, staff_id, unit_price, quantity, priced_per, lines)
                VALUES (?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (business_day, training, staff_id, unit_price, quantity, priced_per) DO UPDATE SET lines = lines + 1
                """).execute(arguments: [businessDay, order.training, order.staffID, line.effectivePrice, line.quantity.thousandths,
                                         line.pricedPer.thousandths])
        }
        if let shiftID, !order.training {
            try countCash(in: shiftID, tendered: order.tenders.filter(\.kind.isCash).reduce(0) { $0 + $1.amount },
                          change: order.payment.change, refunded: 0, db)
        }
    }

    /// Counts money given back by `staffID` on `businessDay`: the refund, its taxes and its tenders,
    /// and the cash it took from its shift's drawer unless it is training.
    static func count(_ refund: Refund, staffID: String, businessDay: String, training: Bool, shiftID: String?,
                      _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO report_refunds (business_day, training, staff_id, currency, refunds, total, rounding)
            VALUES (?, ?, ?, ?, 1, ?, ?)
            ON CONFLICT (business_day, training, staff_id, currency) DO UPDATE SET
                refunds = refunds + 1, total = total + excluded.total, rounding = rounding + excluded.rounding
            """).execute(arguments: [businessDay, training, staffID, refund.currency.code, refund.total, refund.rounding])
        try count(taxes: refund.taxLines, tenders: refund.tenders, refund: true, training: training, on: businessDay, db)
        if let shiftID, !training {
            try countCash(in: shiftID, tendered: 0, change: 0,
                          refunded: refund.tenders.filter(\.kind.isCash).reduce(0) { $0 + $1.amount }, db)
        }
    }

    /// Counts a tip added to a card payment after its sale, among `serverID`'s tips and the card takings.
    ///
    /// It counts as a card payment of its own, as the terminal captures it apart and lists it so in
    /// its batch; collected still equals the tenders.
    static func count(tip amount: Int64, for serverID: String, training: Bool, on businessDay: String, _ db: Database) throws {
        try countTip(amount, for: serverID, training: training, on: businessDay, db)
        try count(taxes: [], tenders: [Tender(kind: .card, amount: amount)], refund: false, training: training, on: businessDay, db)
    }

    private static func countTip(_ amount: Int64, for serverID: String, training: Bool, on businessDay: String, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO report_tips (business_day, training, server_id, tips, value) VALUES (?, ?, ?, 1, ?)
            ON CONFLICT (business_day, training, server_id) DO UPDATE SET tips = tips + 1, value = value + excluded.value
            """).execute(arguments: [businessDay, training, serverID, amount])
    }

    /// The UTC quarter hour a time falls in, as `report_sales` keys it: whole quarters since 1970.
    static func quarter(of date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / 900).rounded(.down))
    }

    private static func countCash(in shiftID: String, tendered: Int64, change: Int64, refunded: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO shift_cash (shift_id, tendered, change, refunded) VALUES (?, ?, ?, ?)
            ON CONFLICT (shift_id) DO UPDATE SET
                tendered = tendered + excluded.tendered, change = change + excluded.change, refunded = refunded + excluded.refunded
            """).execute(arguments: [shiftID, tendered, change, refunded])
    }

    private static func count(taxes: [TaxLine], tenders: [Tender], refund: Bool, training: Bool, on businessDay: String,
                              _ db: Database) throws {
        for line in taxes {
            try db.cachedStatement(sql: """
                INSERT INTO report_taxes (business_day, training, refund, tax_code, rate_millionths, base, tax)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (business_day, training, refund, tax_code, rate_millionths) DO UPDATE SET
                    base = base + excluded.base, tax = tax + excluded.tax
                """).execute(arguments: [businessDay, training, refund, line.code, line.rate.millionths, line.base, line.tax])
        }
        for tender in tenders {
            try db.cachedStatement(sql: """
                INSERT INTO report_tenders (business_day, training, refund, kind, payments, amount)
                VALUES (?, ?, ?, ?, 1, ?)
                ON CONFLICT (business_day, training, refund, kind) DO UPDATE SET
                    payments = payments + 1, amount = amount + excluded.amount
                """).execute(arguments: [businessDay, training, refund, tender.kind.description, tender.amount])
        }
    }
}
