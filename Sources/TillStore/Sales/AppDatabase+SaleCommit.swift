import GRDB
public import TillCore
import TillWire

extension AppDatabase {
    /// Records a paid sale and everything that follows from it in one transaction.
    ///
    /// The order, its lines (voided ones too, for the audit trail), taxes and tenders, the stock
    /// movements, the loyalty movement, the outbox event, the gapless receipt number, the receipt's
    /// print job and the report counters are written together, and the terminal's open cart (or the
    /// restaurant check it pays) is cleared with them: after a crash either all of it is there or
    /// none of it, and a paid cart never comes back. Training sales are numbered apart, counted under the training flag, and
    /// touch neither stock, loyalty nor the outbox.
    public func commit(_ order: Order, context: SaleContext) throws(StoreError) -> CommittedSale {
        let document = order.jsonDocument()
        guard let completed = Timestamp.date(context.completedAt) else {
            throw .conflict("Sale \(order.id) has the completion time \(context.completedAt); give it as ISO 8601 in UTC, "
                            + "such as 2026-11-24T09:30:00.000Z.")
        }
        return try write { db in
            let receipt = try (order.training ? Counter.trainingReceipt : Counter.receipt).next(db)
            try insertSale(order, receipt: receipt, document: document, context: context, db)
            try insertLines(order, db)
            try PaymentRows.sale.insert(taxes: order.priced.taxLines, tenders: order.tenders, of: order.id, db)
            try ReportCounters.count(order, businessDay: context.businessDay, quarter: ReportCounters.quarter(of: completed),
                                     shiftID: context.shiftID, db)
            try db.cachedStatement(sql: "DELETE FROM open_cart WHERE terminal_id = ?").execute(arguments: [context.terminalID])
            if let printer = context.receiptPrinter {
                try PrintQueue.insertReceipt(saleID: order.id, receiptNumber: receipt, printer: printer, at: context.completedAt, db)
            }
            guard !order.training else {
                if let check = context.check {
                    try Self.closePaid(check, shared: false, terminalID: context.terminalID, at: completed, db)
                }
                _ = try RedemptionHolds.take(terminalID: context.terminalID, db)
                return CommittedSale(orderID: order.id, receiptNumber: receipt, training: true, outboxSequence: nil)
            }
            try insertSideEffects(order, context: context, db)
            let ledgers = try SaleLedgers(order, context: context)
            let payload = SaleEvent.json(document: document, receiptNumber: receipt,
                                         effects: Self.effects(of: order, context: context, ledgers: ledgers), context: context)
            let sequence = try Outbox.append(.sale, json: payload, id: context.eventID, at: completed, db)
            if let check = context.check {
                try Self.closePaid(check, terminalID: context.terminalID, at: completed, db)
            }
            try ledgers.record(order, context: context, eventSeq: sequence, db)
            return CommittedSale(orderID: order.id, receiptNumber: receipt, training: false, outboxSequence: sequence)
        }
    }

    private func insertSale(_ order: Order, receipt: Int64, document: String, context: SaleContext, _ db: Database) throws {
        let priced = order.priced
        try db.cachedStatement(sql: """
            INSERT INTO sale (id, terminal_id, receipt_number, training, completed_at, business_day, staff_id, shift_id,
                              customer_id, currency, item_count, subtotal, discount_total, tax_total, total, rounding,
                              paid, change, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                order.id, context.terminalID, receipt, order.training, context.completedAt, context.businessDay,
                order.staffID, context.shiftID, order.cart.customerID, order.currency.code, priced.itemCount.thousandths,
                priced.subtotal, priced.discountTotal, priced.taxTotal, priced.total, order.payment.rounding,
                order.payment.paid, order.payment.change, document,
            ])
    }

    private func insertLines(_ order: Order, _ db: Database) throws {
        let priced = order.priced.linesByID
        for line in order.cart.lines {
            let amounts = priced[line.id]
            try db.cachedStatement(sql: """
                INSERT INTO sale_line (sale_id, line_id, product_id, sku, name, category_id, quantity, unit_price,
                                       gross, discount, net, tax, total, voided)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    order.id, line.id, line.productID.rawValue, line.sku, line.name, line.categoryID, line.quantity.thousandths,
                    line.effectivePrice, amounts?.gross ?? 0, amounts?.discountTotal ?? 0, amounts?.net ?? 0,
                    amounts?.taxTotal ?? 0, amounts?.total ?? 0, line.voided,
                ])
        }
    }

    /// Stock leaves the shelf for every sold line (a gift card is no stock). Each movement has an id derived from the sale, so
    /// replaying the sale can never move stock twice; points and vouchers move in `SaleLedgers`.
    private func insertSideEffects(_ order: Order, context: SaleContext, _ db: Database) throws {
        for line in order.cart.activeLines where line.owed == nil {
            try StockMovement.insert(eventID: "\(order.id)/stock/\(line.id)", productID: line.productID.rawValue,
                                     locationID: context.locationID, thousandths: -line.quantity.thousandths, reason: .sale,
                                     saleID: order.id, refundID: nil, at: context.completedAt, db)
        }
    }
}

extension AppDatabase {
    /// What the sale does to stock, points and vouchers, as the hub adds it to its ledgers: the same
    /// movements `insertSideEffects` and `ledgers` record here.
    static func effects(of order: Order, context: SaleContext, ledgers: SaleLedgers) -> String {
        let stock = order.cart.activeLines.filter { $0.owed == nil }.map {
            StockDelta(product: $0.productID.rawValue, location: context.locationID, quantity: -$0.quantity.thousandths)
        }
        return EventEffects(stock: stock, loyalty: ledgers.loyaltyDeltas, vouchers: ledgers.voucherDeltas).json
    }
}

/// The outbox payload of a sale: the frozen order with where and when it was rung up, and what it
/// did to stock and points.
enum SaleEvent {
    /// `{"businessDay":…,"completedAt":…,"effects":…,"order":<document>,"receiptNumber":…,"terminalID":…}`,
    /// keys sorted as in the order's document; the order's JSON is embedded as already written, not
    /// written twice.
    static func json(document: String, receiptNumber: Int64, effects: String, context: SaleContext) -> String {
        "{\"businessDay\":\(context.businessDay.quotedLiteral),\"completedAt\":\(context.completedAt.quotedLiteral),"
            + "\"effects\":\(effects),\"order\":\(document),\"receiptNumber\":\(receiptNumber),"
            + "\"terminalID\":\(context.terminalID.quotedLiteral)}"
    }
}
