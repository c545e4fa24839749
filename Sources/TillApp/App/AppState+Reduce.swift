import Foundation
import TillCore
import TillDevices
import TermUI

extension AppState {
    /// Applies one event and returns what the runtime must do next, in order.
    ///
    /// Keys go to the open overlay first, then to the text field of the screen, then through the
    /// keymap (the screen's context, then the global table) to a named action.
    public mutating func reduce(_ event: AppEvent, _ environment: AppEnvironment) -> [Effect] {
        let before = trainingSnapshot
        var effects = apply(event, environment)
        effects += sale.ringHeldScans() + weighIfAsked()
        if let before { effects += observeTraining(event, effects: effects, before: before) }
        return followCheck(effects.map { effect in
            guard case .commit(let order, nil, let check) = effect else { return effect }
            return .commit(order, shiftID: shift?.id, check: check)
        })
    }

    private mutating func apply(_ event: AppEvent, _ environment: AppEnvironment) -> [Effect] {
        switch event {
        case .key(let chord):
            now = environment.now()
            lastActivity = now
            return key(chord, environment)
        case .tick(let date):
            now = date
            return tick()
        case .loggedIn(let outcome):
            return loggedIn(outcome)
        case .approverChecked(let outcome):
            return approverChecked(outcome, environment)
        case .shiftLoaded(let shift):
            return shiftLoaded(shift)
        case .saleCommitted(let order, let receipt):
            sale.committed(order, receipt: receipt)
            payment = PaymentForm()
            route = .sale
            let drawer: [Effect] = order.tenders.contains { $0.kind.isCash } ? [.openDrawer, .loadStatus] : [.loadStatus]
            return drawer + checkPaid(receipt: receipt)
        case .commitFailed(let reason):
            sale.commitFailed(reason)
            return []
        case .cardAnswered(let amount, let answer):
            return cardAnswered(amount, answer)
        case .statusLoaded(let unsynced, let oldest, let queuedPrints):
            sync.unsynced = unsynced
            sync.oldest = oldest
            sync.queuedPrints = queuedPrints
            return []
        case .syncRound(let problem):
            if let problem, problem.needsManager, problem != sync.problem {
                show(Message("Sync: \(problem.text)", .warning))
            }
            sync.online = problem == nil
            sync.problem = problem
            return [.loadStatus] + (problem == nil ? followOtherLanes() : [])
        case .saleSuspended(let parked):
            sale.suspended(parked)
            return []
        case .suspendedLoaded(let parked):
            if parked.isEmpty {
                sale.message = Message("No sales are parked", .warning)
            } else {
                overlay = .recall(RecallList(sales: parked))
            }
            return []
        case .recalled(let cart):
            guard let cart else {
                sale.message = Message("That sale was already recalled (on another lane?)", .warning)
                return []
            }
            sale.resume(cart)
            route = .sale
            return []
        case .customerFound(let query, let customer):
            guard let customer else {
                sale.message = Message("No customer has the phone or card \(query)", .warning)
                return []
            }
            return sale.attach(customer)
        case .ordersLoaded(let sales):
            orders.sales = sales
            orders.table = TableState(selected: sales.isEmpty ? nil : sales.count - 1)
            return []
        case .orderLoaded(let detail, let receipt):
            orderLoaded(detail, receipt: receipt)
            return []
        case .tipAnswered(let receipt, let amount, let problem):
            return tipAnswered(receipt: receipt, amount: amount, problem: problem)
        case .refundCommitted(let refund, let number):
            return refundCommitted(refund, number: number)
        case .periodLoaded(let period):
            periodLoaded(period)
            return []
        case .cashierSalesLoaded(let staffID, let sales):
            if reports.drilledCashier?.staffID == staffID { reports.drilledCashier?.sales = sales }
            return []
        case .zTaken(let number, let text):
            zTaken(number: number, text: text)
            return []
        case .reprintQueued(let receipt, let copy):
            show(Message(copy ? "Copy of receipt \(receipt) queued for the receipt printer" : "Receipt \(receipt) is printing again", .ok))
            return [.loadStatus]
        case .drawerChanged(let open):
            drawerOpen = open
            return []
        case .printed(let preview):
            lastPrintout = preview
            return [.loadStatus]
        case .reportQueued(let title):
            show(Message("\(title) queued for the receipt printer", .ok))
            return [.loadStatus]
        case .printerChanged(let state):
            printer = state
            return [.loadStatus]
        case .receiptNotPrinted(let saleID, let receipt, let reason):
            unprintedReceipt = (saleID, receipt)
            show(Message("Receipt \(receipt) did not print: \(reason) \(printAgainHint)", .error))
            return [.loadStatus]
        case .scanned(let scan):
            now = environment.now()
            lastActivity = now
            if scan.source == .keyboard, route == .login || isAsking { return typed(scan.text, environment) }
            return scanned(scan)
        case .scannerChanged(let source, let state):
            scannerChanged(source, state)
            return []
        case .weighed(let answer):
            weighed(answer)
            return []
        case .trainingScoresLoaded(let attempts):
            training.scores = attempts
            return []
        case .stock(let answer):
            return stockAnswered(answer)
        case .loyalty(let answer):
            return loyaltyAnswered(answer)
        case .restaurant(let answer):
            return restaurantAnswered(answer)
        case .storeFailed(let during, let reason):
            show(Message("\(during) failed: \(reason)", .error))
            login.checking = false
            return []
        }
    }

    /// Keys the wedge took for a scan, handed on as typed: on the login screen and in a question, a
    /// PIN typed (or pasted, or sent over SSH) in one burst is not a barcode.
    private mutating func typed(_ text: String, _ environment: AppEnvironment) -> [Effect] {
        text.map { KeyChord(.character($0)) }.flatMap { apply(.key($0), environment) } + apply(.key(KeyChord(.enter)), environment)
    }

    /// The named action a key stands for on the current screen, if any.
    func action(for chord: KeyChord) -> Action? {
        profile.keymap.action(for: chord, in: route.keymapContext).flatMap(Action.init(rawValue:))
    }

    private mutating func key(_ chord: KeyChord, _ environment: AppEnvironment) -> [Effect] {
        switch overlay {
        case .approval(let prompt)?: return approvalKey(chord, prompt, environment)
        case .recall(let list)?: return recallKey(chord, list)
        case .exercises(let menu)?: return exerciseMenuKey(chord, menu)
        case .laneChange(let change)?: return laneChangeKey(chord, change)
        case .help?, .printout?:
            overlay = nil
            return []
        case nil: break
        }
        let action = action(for: chord)
        if action == .redraw {
            needsFullRedraw = true
            return []
        }
        switch route {
        case .login: return loginKey(chord, action)
        case .sale: return saleKey(chord, action)
        case .payment: return paymentKey(chord, action)
        case .shift: return shiftKey(chord, action, environment)
        case .menu: return menuKey(chord, action)
        case .orders: return ordersKey(chord, action)
        case .reports: return reportsKey(chord, action)
        case .inventory: return inventoryKey(chord, action)
        case .customers: return customersKey(chord, action, environment)
        case .floor: return floorKey(chord, action, environment)
        }
    }

    /// Actions that work the same on every screen once someone is logged in; nil when `action` is not one.
    mutating func globalAction(_ action: Action) -> [Effect]? {
        switch action {
        case .help:
            overlay = .help
            return []
        case .quit:
            wantsToQuit = true
            return []
        case .lock:
            lock()
            return []
        case .showSale:
            route = .sale
            return []
        case .showShift:
            openShiftScreen()
            return [.loadShift]
        case .showOrders:
            return openOrders()
        case .showReports:
            return openReports()
        case .showInventory:
            return openInventory()
        case .showCustomers:
            return openCustomers()
        case .showFloor:
            return openFloor()
        case .printAgain:
            return printAgain()
        case .showExercises:
            return openExercises()
        case .scanRandomItem:
            guard profile.training else { return [] }
            return [.scanRandomItem]
        case .showPrintout:
            guard lastPrintout != nil else {
                show(Message("Nothing has been printed yet", .warning))
                return []
            }
            overlay = .printout
            return []
        default:
            return nil
        }
    }

    /// Locks the screen: the logged-in cashier and the sale stay, waiting behind the login screen.
    mutating func lock() {
        guard user != nil else { return }
        route = .login
        login.reset()
        login.message = Message("Locked. Log in to carry on (another cashier may take over the sale).", .warning)
    }

    private mutating func tick() -> [Effect] {
        if let idle = profile.idleLock, user != nil, route != .login, payment.cardPending == nil, sale.committing == nil,
           now.timeIntervalSince(lastActivity) >= idle {
            lock()
        }
        guard now.timeIntervalSince(sync.checkedAt ?? .distantPast) >= SyncStatus.refreshInterval else { return [] }
        sync.checkedAt = now
        return [.loadStatus]
    }

    /// Shows `message` where the current screen shows its feedback.
    mutating func show(_ message: Message) {
        if case .approval(var prompt) = overlay {
            prompt.message = message
            prompt.checking = false
            overlay = .approval(prompt)
            return
        }
        switch route {
        case .login: login.message = message
        case .sale, .payment, .menu: sale.message = message
        case .orders: orders.message = message
        case .reports:
            reports.message = message
            reports.closing = false
        case .shift: shiftForm.message = message
        case .inventory: inventory.message = message
        case .customers: customers.message = message
        case .floor: restaurant.message = message
        }
    }

    /// Whether a key edits text (characters without modifiers, backspace, delete, moving in the field).
    static func isEditing(_ chord: KeyChord) -> Bool {
        switch chord.key {
        case .character: chord.modifiers.isEmpty || chord.modifiers == .shift
        case .backspace, .delete, .left, .right, .home, .end: chord.modifiers.isEmpty
        default: false
        }
    }
}
