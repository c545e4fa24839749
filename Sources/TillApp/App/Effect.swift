public import Foundation
public import TillCore
public import TillStore
public import TillDevices
public import TermUI

/// Something the reducer asks the outside world to do; the runtime performs it and reports back
/// with an ``AppEvent``. Effects are values, so reducer tests read exactly what a key would cause.
public enum Effect: Hashable, Sendable {
    /// Keep the open cart, before the next key is read.
    case saveCart(Cart)
    /// Record a paid sale (and clear the kept cart, or close the restaurant check it pays) in one
    /// transaction, in the open shift.
    case commit(Order, shiftID: String?, check: CheckChange? = nil)
    /// Ask the card terminal for `amount` minor units.
    case chargeCard(amount: Int64)
    /// Check a staff number and PIN at the login screen.
    case logIn(staffID: String, pin: String)
    /// Check a supervisor's number and PIN for an approval, without changing who is logged in.
    case checkApprover(staffID: String, pin: String)
    /// Keep an approval: who asked, who approved, what and why.
    case recordApproval(Approval)
    case clock(ClockKind, staffID: String)
    /// Read this terminal's unclosed shift.
    case loadShift
    case openShift(Shift)
    case recordMovement(CashMovement, shiftID: String)
    case saveCount(ShiftClose, shiftID: String)
    case closeShift(id: String, reason: String?, closedBy: String)
    /// Pulse the cash drawer open.
    case openDrawer
    /// Read what the status bar shows from the store: events not yet synced, the oldest one's age, queued prints.
    case loadStatus
    /// Park the sale and clear the open cart; `staffID` parked it.
    case suspend(SuspendedSale, staffID: String)
    /// Read the parked sales, to pick one to recall.
    case loadSuspended
    /// Take a parked sale back as this terminal's open cart.
    case recall(id: String)
    /// Find a customer by phone or loyalty card.
    case findCustomer(String)
    /// Read today's sales for the orders screen.
    case loadOrders(training: Bool)
    /// Read one sale with its refunds, by receipt number.
    case loadOrder(receipt: Int64, training: Bool)
    /// Record a refund, given by `staffID` (approved by `approvedBy`) in the open shift.
    case commitRefund(Refund, staffID: String, approvedBy: String?, shiftID: String?)
    /// Work out the figures of the days `from` through `to` (nothing is closed).
    case loadPeriod(from: BusinessDay, to: BusinessDay)
    /// Read one cashier's sales over the days, for the cashiers report's drill-down.
    case loadCashierSales(staffID: String, from: BusinessDay, to: BusinessDay)
    /// Close the day with the next Z report, taken by `staffID`.
    case closeZ(staffID: String)
    /// Ask the card terminal to add a tip to the receipt's card payment for `serverID`, and record it.
    case addTip(Int64, to: OrderDetail, serverID: String)
    /// Queue a copy of a receipt for the receipt printer.
    case reprint(saleID: String, receipt: Int64, staffID: String)
    /// Queue a receipt that never printed again, as the original (not a copy).
    case printReceipt(saleID: String, receipt: Int64)
    /// Queue a report, already written for the printer's width.
    case printReport(title: String, text: String, staffID: String)
    /// Queue Z report `number` again, as it was taken.
    case printZ(number: Int, staffID: String)
    /// Show the sale to the customer on the pole display.
    case showCustomer(DisplayLines)
    /// Asks the scale for the weight on it; the answer comes back as `.weighed`.
    case readScale
    /// Keep a finished exercise's score.
    case recordTrainingAttempt(TrainingAttempt)
    /// Read a trainee's finished exercises for the training menu.
    case loadTrainingScores(staffID: String)
    /// Ring up a barcode of the catalog picked at random, as if scanned (the demo's scanner).
    case scanRandomItem
    /// Reads or changes stock for the stock screen, as `staffID` (approved by `approvedBy`).
    case stock(StockRequest, staffID: String?, approvedBy: String?)
    /// Finds, opens or saves a customer, or authorizes a voucher or points as payment.
    case loyalty(LoyaltyRequest)
    /// Reads or keeps the floor's open checks.
    case restaurant(RestaurantRequest)

    /// What the effect was doing, for a failure message ("opening the shift failed: …").
    public var activity: String {
        switch self {
        case .saveCart: "Keeping the cart"
        case .commit: "Recording the sale"
        case .chargeCard: "The card payment"
        case .logIn: "Logging in"
        case .checkApprover: "Checking the approver"
        case .recordApproval: "Recording the approval"
        case .clock(let kind, _): kind == .clockIn ? "Clocking in" : "Clocking out"
        case .loadShift: "Reading the shift"
        case .openShift: "Opening the shift"
        case .recordMovement: "Recording the cash movement"
        case .saveCount: "Saving the count"
        case .closeShift: "Closing the shift"
        case .openDrawer: "Opening the drawer"
        case .loadStatus: "Reading the sync status"
        case .suspend: "Parking the sale"
        case .loadSuspended: "Reading the parked sales"
        case .recall: "Recalling the sale"
        case .findCustomer: "Finding the customer"
        case .loadOrders: "Reading today's sales"
        case .loadOrder: "Reading the receipt"
        case .readScale: "Reading the scale"
        case .recordTrainingAttempt: "Keeping the exercise's score"
        case .loadTrainingScores: "Reading the exercise scores"
        case .scanRandomItem: "Picking an item to scan"
        case .commitRefund: "Recording the refund"
        case .reprint: "Queueing the copy"
        case .addTip: "Adding the tip on the card terminal"
        case .printReceipt: "Queueing the receipt"
        case .printReport, .printZ: "Queueing the report"
        case .showCustomer: "Updating the customer display"
        case .loadPeriod: "Working out the report"
        case .closeZ: "Taking the Z report"
        case .loadCashierSales: "Reading the cashier's sales"
        case .stock(let request, _, _): request.activity
        case .loyalty(let request): request.activity
        case .restaurant(let request): request.activity
        }
    }
}

/// Something that happened outside the reducer: a key, the clock, or the result of an ``Effect``.
public enum AppEvent: Hashable, Sendable {
    case key(KeyChord)
    case tick(Date)
    case loggedIn(LoginOutcome)
    case approverChecked(LoginOutcome)
    case shiftLoaded(Shift?)
    case saleCommitted(Order, receiptNumber: Int64)
    case commitFailed(String)
    case cardAnswered(amount: Int64, CardAnswer)
    case statusLoaded(unsynced: Int, oldest: Date?, queuedPrints: Int)
    /// A round of background sync ended: nil when it went through.
    case syncRound(problem: SyncProblem?)
    case saleSuspended(SuspendedSale)
    case suspendedLoaded([SuspendedSale])
    /// The recalled cart, or nil when another lane took that sale first.
    case recalled(Cart?)
    case customerFound(query: String, Customer?)
    case ordersLoaded([SaleSummary])
    /// The receipt looked up, or nil when this terminal has no such receipt.
    case orderLoaded(OrderDetail?, receipt: Int64)
    case refundCommitted(Refund, number: Int64)
    /// The card terminal added a tip to a receipt's card payment (nil), or why it did not.
    case tipAnswered(receipt: Int64, amount: Int64, problem: String?)
    /// A receipt was queued again: a copy, or the original that had not printed.
    case reprintQueued(receipt: Int64, copy: Bool)
    /// A report went to the print queue.
    case reportQueued(title: String)
    /// The printer's drawer sensor says the drawer opened or closed.
    case drawerChanged(open: Bool)
    /// A job printed; `preview` is its text, for the printout overlay.
    case printed(preview: [String])
    /// The receipt printer's state changed (the print worker reports it).
    case printerChanged(PrinterState)
    /// The print worker gave up on a receipt: the sale stands, its slip did not print.
    case receiptNotPrinted(saleID: String, receipt: Int64, reason: String)
    case periodLoaded(PeriodReport)
    case cashierSalesLoaded(staffID: String, [SaleSummary])
    case zTaken(number: Int, text: String)
    /// A scanner read a code (a keyboard-wedge burst, or a serial or USB scanner in the background).
    case scanned(ScanEvent)
    /// A background scanner was plugged in, unplugged or could not be opened.
    case scannerChanged(ScanSource, ScannerState)
    /// The scale's answer to `.readScale`.
    case weighed(ScaleAnswer)
    /// A trainee's finished exercises, for the training menu.
    case trainingScoresLoaded([TrainingAttempt])
    /// The store's answer to a `.stock` effect.
    case stock(StockAnswer)
    /// The answer to a `.loyalty` effect.
    case loyalty(LoyaltyAnswer)
    case restaurant(RestaurantAnswer)
    /// A store operation failed; `during` names it for the message ("opening the shift").
    case storeFailed(during: String, reason: String)
}

/// The scale's answer: a steady weight in grams, or why it gave none, in words for the cashier.
public enum ScaleAnswer: Hashable, Sendable {
    case grams(Int64)
    case refused(String)
}

/// The card terminal's answer, as the app needs it.
public enum CardAnswer: Hashable, Sendable {
    case approved(reference: String)
    case declined(reason: String)
    case timedOut
}
