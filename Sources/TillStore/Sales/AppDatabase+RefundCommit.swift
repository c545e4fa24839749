import GRDB
public import TillCore
import TillWire

extension AppDatabase {
    /// Records money given back and everything that follows from it in one transaction.
    ///
    /// The refund, its lines, taxes and tenders, the stock coming back to the shelf, the outbox event,
    /// the report counters and the gapless refund number are written together. A refund against a receipt is first worked
    /// out again inside the transaction from the sale and the refunds already stored against it, so
    /// two lanes refunding the same receipt at once cannot give back more than was sold, nor a cent
    /// more than was paid: the second is refused with a conflict saying what is left. The refund of a
    /// training sale is training; training refunds are numbered apart and touch neither stock nor the outbox.
    public func commit(_ refund: Refund, context: RefundContext) throws(StoreError) -> CommittedRefund {
        guard let completed = Timestamp.date(context.completedAt) else {
            throw .conflict("Refund \(context.refundID) has the completion time \(context.completedAt); give it as ISO 8601 in UTC, "
                            + "such as 2026-11-24T09:30:00.000Z.")
        }
        return try write { db in
            let training = try refund.originalOrderID.map { try recheck(refund, against: $0, context: context, db) } ?? context.training
            let ledgers = try RefundLedgers(refund, database: self, db)
            let number = try (training ? Counter.trainingRefund : Counter.refund).next(db)
            let document = try StoredDocument.encode(refund)
            try insertRefund(refund, number: number, training: training, document: document, context: context, db)
            try insertLines(refund, context: context, db)
            try PaymentRows.refund.insert(taxes: refund.taxLines, tenders: refund.tenders, of: context.refundID, db)
            try ReportCounters.count(refund, staffID: context.staffID, businessDay: context.businessDay, training: training,
                                     shiftID: context.shiftID, db)
            guard !training else {
                return CommittedRefund(refundID: context.refundID, refundNumber: number, training: true, outboxSequence: nil)
            }
            for (position, line) in refund.lines.enumerated() {
                try StockMovement.insert(eventID: "\(context.refundID)/stock/\(position)", productID: line.productID.rawValue,
                                         locationID: context.locationID, thousandths: line.quantity.thousandths, reason: .refund,
                                         saleID: nil, refundID: context.refundID, at: context.completedAt, db)
            }
            let payload = try StoredDocument.encode(RefundEvent(refund: refund, refundNumber: number, context: context,
                                                                ledgers: ledgers.effects))
            let sequence = try Outbox.append(.refund, json: payload, id: context.eventID, at: completed, db)
            try ledgers.record(refundID: context.refundID, context: context, eventSeq: sequence, db)
            return CommittedRefund(refundID: context.refundID, refundNumber: number, training: false, outboxSequence: sequence)
        }
    }

    /// Works the refund out again against what the store holds now and refuses it if anything
    /// differs; returns whether the sale, and so the refund, is training.
    private func recheck(_ refund: Refund, against saleID: String, context: RefundContext, _ db: Database) throws -> Bool {
        let sql = "SELECT receipt_number, training, document FROM sale WHERE id = ?"
        guard let sale = try Row.fetchOne(db, sql: sql, arguments: [saleID]) else {
            throw StoreError.conflict("There is no sale \(saleID) on this till; refund the goods without a receipt.")
        }
        let receipt: Int64 = sale["receipt_number"]
        let training: Bool = sale["training"]
        if context.training && !training {
            throw StoreError.conflict("Receipt \(receipt) is a real sale; leave training mode to refund it.")
        }
        var items: [Int: Quantity] = [:]
        for (position, line) in refund.lines.enumerated() {
            guard let id = line.lineID else {
                throw StoreError.conflict("Line \(position + 1) of the refund names no line of receipt \(receipt).")
            }
            items[id] = Quantity(thousandths: (items[id]?.thousandths ?? 0) + line.quantity.thousandths)
        }
        let order = try decodeOrder(sale["document"], id: saleID)
        let previous = try storedRefunds(ofSale: saleID, db)
        let expected: Refund
        do throws(RefundError) {
            // The increment only shapes the tenders, which are not compared.
            expected = try RefundCalculator.against(order, items: items, previous: previous, cashIncrement: 1)
        } catch {
            throw StoreError.conflict(Self.refusal(error, receipt: receipt))
        }
        guard expected.lines == refund.lines, expected.currency == refund.currency else {
            throw StoreError.conflict("Receipt \(receipt) was refunded on another lane meanwhile; work this refund out again.")
        }
        return training
    }

    /// Why the calculator refused the refund, naming the receipt.
    private static func refusal(_ error: RefundError, receipt: Int64) -> String {
        switch error {
        case .quantityExceeds(let line, let refundable) where refundable.thousandths == 0:
            "Line \(line) of receipt \(receipt) has been refunded in full already."
        case .quantityExceeds(let line, let refundable):
            "Line \(line) of receipt \(receipt) has only \(refundable.formatted) left to refund."
        case .noSuchLine(let line):
            "Receipt \(receipt) has no line \(line)."
        default:
            "Receipt \(receipt): \(error.message)."
        }
    }

    private func insertRefund(_ refund: Refund, number: Int64, training: Bool, document: String, context: RefundContext,
                              _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO refund (id, terminal_id, refund_number, training, original_sale_id, completed_at, business_day, staff_id,
                                shift_id, approved_by, reason, currency, total, tax_total, rounding, paid_back, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                context.refundID, context.terminalID, number, training, refund.originalOrderID, context.completedAt,
                context.businessDay, context.staffID, context.shiftID, context.approvedBy, context.reason, refund.currency.code,
                refund.total, refund.taxLines.reduce(0) { $0 + $1.tax }, refund.rounding, refund.tenders.reduce(0) { $0 + $1.amount },
                document,
            ])
    }

    /// The returned lines, each filed under the category it was sold in (the product's today for a
    /// return without a receipt), so reports can net refunds against sales by category.
    private func insertLines(_ refund: Refund, context: RefundContext, _ db: Database) throws {
        for (position, line) in refund.lines.enumerated() {
            try db.execute(sql: """
                INSERT INTO refund_line (refund_id, position, original_line_id, product_id, name, category_id, quantity, amount, tax)
                VALUES (:refund, :position, :line, :product, :name,
                        COALESCE((SELECT category_id FROM sale_line WHERE sale_id = :sale AND line_id = :line),
                                 (SELECT category_id FROM product WHERE id = :product)),
                        :quantity, :amount, :tax)
                """, arguments: [
                    "refund": context.refundID, "position": position, "line": line.lineID, "product": line.productID.rawValue,
                    "name": line.name, "sale": refund.originalOrderID, "quantity": line.quantity.thousandths,
                    "amount": line.amount, "tax": line.tax.values.reduce(0, +),
                ])
        }
    }
}

/// The outbox payload of a refund: the refund as stored, with who gave it, where, when and why.
private struct RefundEvent: Encodable {
    let refundID: String
    let refundNumber: Int64
    let terminalID: String
    let completedAt: String
    let businessDay: String
    let staffID: String
    let shiftID: String?
    let approvedBy: String?
    let reason: String?
    let refund: Refund
    /// The stock coming back to the shelf, points and voucher value, as the hub adds them to its ledgers.
    let effects: EventEffects

    init(refund: Refund, refundNumber: Int64, context: RefundContext, ledgers: (loyalty: [LoyaltyDelta], vouchers: [VoucherDelta])) {
        refundID = context.refundID
        self.refundNumber = refundNumber
        terminalID = context.terminalID
        completedAt = context.completedAt
        businessDay = context.businessDay
        staffID = context.staffID
        shiftID = context.shiftID
        approvedBy = context.approvedBy
        reason = context.reason
        self.refund = refund
        effects = EventEffects(stock: refund.lines.map {
            StockDelta(product: $0.productID.rawValue, location: context.locationID, quantity: $0.quantity.thousandths)
        }, loyalty: ledgers.loyalty, vouchers: ledgers.vouchers)
    }
}
