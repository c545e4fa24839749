public import Foundation
public import TillCore
public import TillDevices
public import TillStore
public import TillSync

/// Performs effects against this terminal's database and devices.
///
/// Store failures come back as events carrying the store's own words (what failed, what to do), so
/// the screen shows them and nothing is lost: the cart stays until a commit succeeds.
public struct StoreEffects: EffectPerformer {
    public let database: AppDatabase
    public let terminalID: String
    public let paymentTerminal: any PaymentTerminal
    public let currency: Currency
    public let now: @Sendable () -> Date
    public let newID: @Sendable () -> String
    /// The manager's reports on this store: the X and Z the reports screen shows.
    public let reports: ManagerReports
    /// The receipt printer's queue and the drawer.
    public let devices: any LaneDevices
    /// The printer role a sale's receipt is queued for; nil on a lane without a printer.
    public let receiptPrinter: String?
    /// Characters per line of that printer, which reports are written for.
    public let printColumns: Int
    /// The scale weighed items are put on; nil on a lane without one.
    public let scale: (any LaneScale)?
    /// Background sync, woken after each sale and refund; nil on a terminal without a hub.
    public let sync: SyncLoop?
    /// The loyalty program sales earn by, and the offline redemption allowance.
    public var loyaltySettings: LoyaltySettings
    /// Asks the hub for a voucher's balance; nil decides every voucher offline.
    public var onlineVouchers: OnlineVouchers?

    public init(database: AppDatabase, terminalID: String, currency: Currency, paymentTerminal: any PaymentTerminal,
                reports: ManagerReports, devices: any LaneDevices = NoDevices(), receiptPrinter: String? = nil, printColumns: Int = 48,
                scale: (any LaneScale)? = nil, sync: SyncLoop? = nil, now: @escaping @Sendable () -> Date = Date.init,
                newID: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.database = database
        self.devices = devices
        self.receiptPrinter = receiptPrinter
        self.printColumns = printColumns
        self.scale = scale
        self.sync = sync
        self.reports = reports
        self.terminalID = terminalID
        self.currency = currency
        self.paymentTerminal = paymentTerminal
        self.now = now
        self.newID = newID
        loyaltySettings = .standard(for: currency)
    }

    public func perform(_ effect: Effect) -> AppEvent? {
        do throws(StoreError) {
            return try run(effect)
        } catch {
            if case .commit = effect { return .commitFailed(error.description) }
            return .storeFailed(during: effect.activity, reason: error.description)
        }
    }

    private func run(_ effect: Effect) throws(StoreError) -> AppEvent? {
        switch effect {
        case .saveCart(let cart):
            try database.saveOpenCart(cart, terminalID: terminalID, at: Timestamp.text(now()))
            return nil
        case .commit(let order, let shiftID, let check):
            let date = now()
            let committed = try database.commit(order, context: SaleContext(
                terminalID: terminalID, completedAt: Timestamp.text(date), businessDay: try database.bookingDay(for: date), shiftID: shiftID,
                loyaltyPoints: try database.pointsEarned(by: order, program: loyaltySettings.program), eventID: newID(),
                receiptPrinter: receiptPrinter, check: check))
            if receiptPrinter != nil { devices.wakePrinter() }
            sync?.wake()
            return .saleCommitted(order, receiptNumber: committed.receiptNumber)
        case .chargeCard(let amount):
            let answer: CardAnswer = switch paymentTerminal.charge(amount, currency: currency, transactionID: newID()) {
            case .approved(let reference): .approved(reference: reference)
            case .declined(let reason): .declined(reason: reason)
            case .timedOut: .timedOut
            }
            return .cardAnswered(amount: amount, answer)
        case .logIn(let staffID, let pin):
            return .loggedIn(try database.logIn(staffID: staffID, pin: pin, terminalID: terminalID, at: now()))
        case .checkApprover(let staffID, let pin):
            return .approverChecked(try database.logIn(staffID: staffID, pin: pin, terminalID: terminalID, at: now()))
        case .recordApproval(let approval):
            try database.record(approval, terminalID: terminalID, saleID: nil)
            return nil
        case .clock(let kind, let staffID):
            guard try database.isClockedIn(staffID: staffID) != (kind == .clockIn) else { return nil }
            try database.clock(kind, staffID: staffID, terminalID: terminalID, at: now())
            return nil
        case .loadShift:
            return try shiftNow()
        case .openShift(let shift):
            try database.openShift(shift)
            return try shiftNow()
        case .recordMovement(let movement, let shiftID):
            try database.record(movement, shiftID: shiftID)
            return try shiftNow()
        case .saveCount(let close, let shiftID):
            try database.saveCount(close, shiftID: shiftID)
            return try shiftNow()
        case .closeShift(let id, let reason, let closedBy):
            try database.closeShift(id: id, reason: reason, closedBy: closedBy, at: now())
            return try shiftNow()
        case .openDrawer:
            devices.openDrawer()
            return nil
        case .showCustomer(let lines):
            devices.showCustomer(lines)
            return nil
        case .readScale:
            guard let scale else { return .weighed(.refused("this lane has no scale")) }
            scale.requestWeight()
            return nil
        case .recordTrainingAttempt(let attempt):
            try database.record(attempt)
            return .trainingScoresLoaded(try database.trainingAttempts(staffID: attempt.staffID))
        case .loadTrainingScores(let staffID):
            return .trainingScoresLoaded(try database.trainingAttempts(staffID: staffID))
        case .scanRandomItem:
            // Barcodes only: a weighed item's "0.5*PLU" is typed, never scanned.
            let barcodes = try database.ringableCodes(limit: 500).filter { $0.count >= 8 && $0.allSatisfy(\.isNumber) }
            guard let code = barcodes.randomElement() else { return nil }
            return .scanned(ScanEvent(text: code, source: .keyboard))
        case .loadStatus:
            let backlog = try database.outboxBacklog()
            return .statusLoaded(unsynced: backlog.count, oldest: backlog.oldest, queuedPrints: try database.pendingPrintJobs())
        case .suspend(let sale, let staffID):
            try database.suspend(sale, staffID: staffID, terminalID: terminalID, at: Timestamp.text(now()))
            return .saleSuspended(sale)
        case .loadSuspended:
            return .suspendedLoaded(try database.suspendedSales())
        case .recall(let id):
            return .recalled(try database.recall(id, terminalID: terminalID, at: Timestamp.text(now())))
        case .findCustomer(let query):
            return .customerFound(query: query, try database.customer(matching: query))
        case .loadOrders(let training):
            return .ordersLoaded(try database.sales(on: try database.bookingDay(for: now()), training: training))
        case .loadOrder(let receipt, let training):
            guard let summary = try database.sale(receiptNumber: receipt, training: training, terminalID: terminalID),
                  let order = try database.order(id: summary.id) else { return .orderLoaded(nil, receipt: receipt) }
            return .orderLoaded(OrderDetail(receiptNumber: receipt, order: order, refunds: try database.refunds(ofSale: summary.id),
                                            tip: try database.tip(ofSale: summary.id)),
                                receipt: receipt)
        case .addTip(let amount, let detail, let serverID):
            guard let card = detail.cardPayment?.reference else { return nil }
            do throws(StoreError) {
                try database.checkTip(toSale: detail.order.id)
            } catch {
                guard case .conflict(let reason) = error else { throw error }
                return .tipAnswered(receipt: detail.receiptNumber, amount: amount, problem: reason)
            }
            // One transaction id per sale, so a terminal asked again after a failure adds the tip once.
            switch paymentTerminal.addTip(amount, currency: currency, to: card, transactionID: "tip-" + detail.order.id) {
            case .approved(let reference):
                let date = now()
                try database.addTip(amount, toSale: detail.order.id, serverID: serverID, cardReference: reference, terminalID: terminalID,
                                    at: date, businessDay: try database.bookingDay(for: date))
                sync?.wake()
                return .tipAnswered(receipt: detail.receiptNumber, amount: amount, problem: nil)
            case .declined(let reason):
                return .tipAnswered(receipt: detail.receiptNumber, amount: amount, problem: reason)
            case .timedOut:
                return .tipAnswered(receipt: detail.receiptNumber, amount: amount,
                                    problem: "the card terminal did not answer: check it, then try again")
            }
        case .commitRefund(let refund, let staffID, let approvedBy, let shiftID):
            let date = now()
            let committed = try database.commit(refund, context: RefundContext(
                refundID: newID(), terminalID: terminalID, completedAt: Timestamp.text(date), businessDay: try database.bookingDay(for: date),
                staffID: staffID, shiftID: shiftID, approvedBy: approvedBy, eventID: newID()))
            sync?.wake()
            return .refundCommitted(refund, number: committed.refundNumber)
        case .reprint(let saleID, let receipt, let staffID):
            try database.queueReceiptCopy(saleID: saleID, receiptNumber: receipt, requestedBy: staffID, at: Timestamp.text(now()))
            devices.wakePrinter()
            return .reprintQueued(receipt: receipt, copy: true)
        case .printReceipt(let saleID, let receipt):
            try database.queueReceipt(saleID: saleID, receiptNumber: receipt, at: Timestamp.text(now()))
            devices.wakePrinter()
            return .reprintQueued(receipt: receipt, copy: false)
        case .loadPeriod(let from, let to):
            return reported(effect) { () throws(ManagerReportError) in .periodLoaded(try reports.period(from: from, to: to)) }
        case .closeZ(let staffID):
            return reported(effect) { () throws(ManagerReportError) in
                let date = now()
                let z = try reports.closeZ(through: try reports.day(of: date), closedBy: staffID, at: date)
                if receiptPrinter != nil {
                    try queue(title: "Z report \(z.number)", text: z.rendered(as: .text(columns: printColumns)), by: staffID)
                }
                return .zTaken(number: z.number, text: z.rendered(as: .text(columns: 48)))
            }
        case .stock(let request, let staffID, let approvedBy):
            return try stock(request, staffID: staffID, approvedBy: approvedBy)
        case .restaurant(let request):
            return try restaurant(request)
        case .loyalty(let request):
            return try loyalty(request)
        case .loadCashierSales(let staffID, let from, let to):
            return .cashierSalesLoaded(staffID: staffID, try database.sales(from: from.iso, to: to.iso, staffID: staffID))
        case .printReport(let title, let text, let staffID):
            return reported(effect) { () throws(ManagerReportError) in
                try queue(title: title, text: text, by: staffID)
                return .reportQueued(title: title)
            }
        case .printZ(let number, let staffID):
            return reported(effect) { () throws(ManagerReportError) in
                let text = try reports.storedZ(number: number, as: .text(columns: printColumns))
                try queue(title: "Z report \(number)", text: text, by: staffID)
                return .reportQueued(title: "Z report \(number)")
            }
        }
    }

    /// Queues a report for the printer and wakes it, as a manager-report step.
    private func queue(title: String, text: String, by staffID: String) throws(ManagerReportError) {
        do throws(StoreError) {
            try database.queueReport(title: title, text: text, requestedBy: staffID, at: Timestamp.text(now()))
        } catch {
            throw .store(error)
        }
        devices.wakePrinter()
    }

    /// The event a report effect ends in, or the reason it failed, in the manager's reports' own words.
    private func reported(_ effect: Effect, _ body: () throws(ManagerReportError) -> AppEvent) -> AppEvent {
        do throws(ManagerReportError) {
            return try body()
        } catch {
            return .storeFailed(during: effect.activity, reason: error.description)
        }
    }

    /// The terminal's unclosed shift as the store now has it, for the reducer to follow.
    private func shiftNow() throws(StoreError) -> AppEvent {
        .shiftLoaded(try database.currentShift(terminalID: terminalID))
    }
}
