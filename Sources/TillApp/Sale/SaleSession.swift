import Foundation
public import TermUI
public import TillCore

/// The sale screen's state and what commands do to it: ring up, void, discount, pay.
///
/// It is a value whose entry points return the effects the runtime must perform (keep the cart,
/// charge a card, commit the sale), so every behaviour is testable without a terminal or a store.
/// Results come back as calls such as ``committed(_:receipt:)``.
public struct SaleSession {
    public let pricing: PricingContext
    public let catalog: any ProductLookup
    public let resolver: ItemResolver
    public let clock: @Sendable () -> LocalTime
    /// Training sales are numbered apart and never reach reports, stock or sync.
    public let training: Bool
    /// Who rings the sale up; the logged-in cashier, stamped on the order.
    public var cashierID: String
    /// The sale in progress; every change re-prices it once, so drawing a frame never prices.
    public private(set) var cart: Cart {
        didSet { priced = try? pricing.price(cart) }
    }
    /// The cart with every amount worked out, or nil when it cannot be priced (shown as a message).
    public private(set) var priced: PricedCart?
    public var input = TextInput(placeholder: "scan or type a code · 3*code · VD · %10 · 20CA · CC · F1 help")
    public var lines = TableState(selected: nil)
    /// The last thing that happened, for the message line.
    public var message: Message?
    /// A question the cashier must answer before going on (age, weight, options, a value for a key).
    public private(set) var prompt: SalePrompt?
    /// The customer attached to the sale, when looked up in this run (a resumed cart knows only the id).
    public private(set) var customer: Customer?
    /// The paid order waiting for the store to commit it; the cart is kept until it is.
    public private(set) var committing: Order?
    /// The last completed sale, shown with its change until the next item is rung up.
    public private(set) var lastSale: CompletedSale?
    /// Sales completed in this run.
    public private(set) var completed: [Order] = []
    /// Scans that came while a question was open or the last sale was being recorded, in order; they
    /// are rung up by ``ringHeldScans()`` once that is settled, so no scan is lost.
    public private(set) var heldScans: [String] = []
    /// The cart as it was before the last change, for undo.
    private var undoCart: Cart?

    /// A session on `catalog`; `resuming` is the cart a crash interrupted, as the store kept it.
    public init(pricing: PricingContext, catalog: any ProductLookup, reader: BarcodeReader,
                clock: @escaping @Sendable () -> LocalTime, cashierID: String = "", training: Bool = true, resuming: Cart? = nil) {
        self.pricing = pricing
        self.catalog = catalog
        self.resolver = ItemResolver(reader: reader, currency: pricing.currency)
        self.clock = clock
        self.cashierID = cashierID
        self.training = training
        cart = resuming ?? Cart(currency: pricing.currency, openedAt: clock())
        priced = try? pricing.price(cart)
        if resuming != nil { message = Message("The sale in progress was restored", .warning) }
    }

    /// Where the payment stands, from the cached prices.
    public var payment: PaymentSummary? {
        priced.flatMap { try? PaymentSummary(total: $0.total, tenders: cart.tenders, cashIncrement: pricing.cashIncrement) }
    }

    /// What a voucher or points may still pay: what is left, less gift cards being loaded.
    public var storedValueDue: Int64? { try? cart.storedValueDue(pricing) }

    /// The highlighted line, if it can still be changed.
    public var selectedLine: CartLine? {
        guard let index = lines.selected, cart.lines.indices.contains(index), !cart.lines[index].voided else { return nil }
        return cart.lines[index]
    }

    /// Runs a command, then asks for the changed cart to be kept before anything else happens.
    /// `approvedBy` names the supervisor who allowed it, stamped on a price override.
    public mutating func run(_ command: SaleCommand, approvedBy: String? = nil) -> [Effect] {
        let before = cart
        let effects = perform(command, approvedBy: approvedBy)
        return kept(since: before) + effects
    }

    /// Rings up a product picked from the menu, asking for its weight, options or the buyer's age first.
    public mutating func ringUp(_ product: Product) -> [Effect] {
        guard committing == nil else { return [] }
        let before = cart
        do {
            lastSale = nil
            try ringUp(ResolvedItem(product: product, source: .id), quantity: nil)
        } catch {
            show(error)
        }
        return kept(since: before)
    }

    /// Rings up what a scanner read, whatever the command line holds (that text stays as typed).
    ///
    /// A scan is always a barcode: check digits are verified and a bad read is refused with a
    /// message, never taken for another item. While a question is open or the last sale is being
    /// recorded, the scan is held and rung up after.
    public mutating func scan(_ code: String) -> [Effect] {
        guard committing == nil, prompt == nil else {
            heldScans.append(code)
            let after = committing == nil ? "the question is answered" : "the sale is recorded"
            message = Message("Scan \(code) kept: it is rung up once \(after)", .warning)
            return []
        }
        let before = cart
        do {
            lastSale = nil
            try ringUp(try resolver.resolveScan(code, in: catalog), quantity: nil)
        } catch {
            show(error)
        }
        return kept(since: before)
    }

    /// Rings up the held scans in order until one asks a question, which the next ones wait behind.
    public mutating func ringHeldScans() -> [Effect] {
        var effects: [Effect] = []
        while committing == nil, prompt == nil, !heldScans.isEmpty {
            effects += scan(heldScans.removeFirst())
        }
        return effects
    }

    /// Answers the open weight question with what the scale weighed.
    public mutating func weighed(grams: Int64) -> [Effect] {
        guard case .weight(let item) = prompt else { return [] }
        prompt = nil
        let before = cart
        do {
            try add(item, grams: grams)
        } catch {
            show(error)
        }
        return kept(since: before)
    }

    /// Opens a question whose answer the cashier types (a quantity, a price, a label, a customer).
    public mutating func ask(_ question: SalePrompt) {
        prompt = question
        input.clear()
    }

    /// Answers the open item question: `answer` is the typed text (a weight), or nil to confirm.
    public mutating func answerPrompt(_ answer: String?) -> [Effect] {
        guard let open = prompt else { return [] }
        prompt = nil
        let before = cart
        do {
            switch open {
            case .ageCheck(let item, let multiplier, let modifiers):
                try add(item, multiplier: multiplier, modifiers: modifiers, ageConfirmed: true)
            case .weight(let item):
                try add(item, grams: try AmountParser(currency: Currency(code: "kg", exponent: 3)).parse(answer ?? ""))
            case .modifiers(var pick):
                guard try pick.next() else {
                    prompt = .modifiers(pick)
                    return []
                }
                try addPicked(pick)
            case .lineQuantity, .linePrice, .saleDiscount, .suspendLabel, .customer, .giftCardCode, .check:
                prompt = open
            }
        } catch {
            if case .modifiers = open { prompt = open }
            show(error)
        }
        return kept(since: before)
    }

    /// Picks or unpicks an option by its number while the options of an item are asked; a required
    /// single choice moves on by itself.
    public mutating func pickModifier(_ number: Int) -> [Effect] {
        guard case .modifiers(var pick) = prompt else { return [] }
        if let refusal = pick.toggle(number) {
            message = Message(refusal, .warning)
            return []
        }
        prompt = .modifiers(pick)
        message = nil
        return pick.answersItself ? answerPrompt(nil) : []
    }

    /// Attaches the customer found for the sale (or detaches with nil) and keeps the cart.
    public mutating func attach(_ found: Customer?) -> [Effect] {
        let before = cart
        customer = found
        cart.customerID = found?.id
        message = found.map { Message("Customer \($0.name) attached", .ok) } ?? Message("Customer removed from the sale", .ok)
        return kept(since: before)
    }

    /// Parks the cart under `label`; the store clears it once it has kept it (see ``suspended()``).
    public mutating func suspend(label: String) -> [Effect] {
        do throws(CartError) {
            return [.suspend(try cart.suspend(id: UUID().uuidString.lowercased(), label: label), staffID: cashierID)]
        } catch {
            show(error)
            return []
        }
    }

    /// The store parked the sale: start a fresh one.
    public mutating func suspended(_ sale: SuspendedSale) {
        startNextSale()
        let name = sale.label.isEmpty ? "" : " as \"\(sale.label)\""
        message = Message("Sale parked\(name). F8 recalls it", .ok)
    }

    /// Takes over a recalled parked sale, which the store has made this terminal's open cart, or a
    /// restaurant check being opened; `note` says which.
    public mutating func resume(_ recalled: Cart, note: String = "Parked sale recalled") {
        cart = recalled
        undoCart = nil
        customer = nil
        lastSale = nil
        lines = TableState(selected: recalled.lines.indices.last)
        message = Message(note, .ok)
    }

    /// Puts the cart aside (a check left on its table): an empty one takes its place.
    public mutating func setAside() {
        startNextSale()
        lastSale = nil
    }

    /// Charges (or reprices, or takes off) a check's service charge line.
    public mutating func chargeService(basisPoints: Int64, name: String, taxCodes: [String]) -> [Effect] {
        let before = cart
        do throws(CartError) {
            try cart.chargeService(basisPoints: basisPoints, name: name, taxCodes: taxCodes, context: pricing)
        } catch {
            show(error)
        }
        guard cart != before else { return [] }
        return [.saveCart(cart)]
    }

    /// Forgets the cart undo would go back to: what the kitchen was sent cannot be undone.
    public mutating func forgetUndo() {
        undoCart = nil
    }

    /// After a change: remembers the cart before it for undo, and asks for the new one to be kept.
    private mutating func kept(since before: Cart) -> [Effect] {
        guard cart != before else { return [] }
        undoCart = before
        return [.saveCart(cart)]
    }

    /// Adds the gift card line the store checked: `balance` is what the card held, nil for a new one.
    public mutating func loadGiftCard(_ code: VoucherCode, amount: Int64, balance: Int64?) -> [Effect] {
        guard committing == nil else { return [] }
        let before = cart
        do {
            let id = try cart.loadGiftCard(code, amount: amount)
            lines.selected = cart.lines.firstIndex { $0.id == id }
            let loaded = Money(minorUnits: amount, currency: pricing.currency).formatted()
            let held = balance.map { "it holds \(Money(minorUnits: $0, currency: pricing.currency).formatted()) now" } ?? "a new card"
            message = Message("Gift card \(code): \(loaded) to load once paid (\(held))", .ok)
        } catch {
            show(error)
        }
        return kept(since: before)
    }

    /// Drops the open question; nothing is added or changed.
    public mutating func cancelPrompt() {
        switch prompt {
        case .ageCheck(let item, _, _)?: message = Message("\(item.product.name) not sold: age not confirmed", .warning)
        case .modifiers(let pick)?: message = Message("\(pick.item.product.name) not added", .warning)
        default: break
        }
        prompt = nil
    }

    /// Puts the cart back as it was before the last change, while nothing has been paid.
    public mutating func undo() -> [Effect] {
        guard let previous = undoCart, cart.tenders.isEmpty else {
            message = Message(cart.tenders.isEmpty ? "nothing to undo" : "payment has started: remove the tenders first", .warning)
            return []
        }
        cart = previous
        undoCart = nil
        message = Message("Undone", .ok)
        return [.saveCart(cart)]
    }

    /// Records a card payment the terminal approved, and completes the sale when it is covered.
    public mutating func cardApproved(_ amount: Int64, reference: String) -> [Effect] {
        tenderApproved(Tender(kind: .card, amount: amount, reference: reference))
    }

    /// Records a tender something outside the cart approved (the card terminal, a voucher's or the
    /// points' ledger), and completes the sale when it is covered.
    public mutating func tenderApproved(_ tender: Tender) -> [Effect] {
        do throws(CartError) {
            let payment = try cart.addTender(tender.kind, amount: tender.amount, reference: tender.reference, context: pricing)
            return [.saveCart(cart)] + finish(payment)
        } catch {
            show(error)
            return []
        }
    }

    /// Takes back the last cash, voucher or points tender (a voucher or points move only when the
    /// sale is recorded); a charged card stays, since only a refund can give it back.
    public mutating func removeLastTender() -> [Effect] {
        guard let last = cart.tenders.last else {
            message = Message(CartError.noTenders.message, .warning)
            return []
        }
        guard last.kind.isCash || last.kind == .voucher || last.kind == .points else {
            message = Message("The card has been charged: it stays on the sale (refund it from Orders afterwards)", .error)
            return []
        }
        do throws(CartError) {
            try cart.removeLastTender()
            let name = last.kind.description.prefix(1).uppercased() + last.kind.description.dropFirst()
            message = Message("\(name) \(Money(minorUnits: last.amount, currency: pricing.currency).formatted()) taken back", .warning)
            return [.saveCart(cart)]
        } catch {
            show(error)
            return []
        }
    }

    /// The store committed the paid order: start the next sale and show the change.
    public mutating func committed(_ order: Order, receipt: Int64) {
        committing = nil
        completed.append(order)
        startNextSale()
        lastSale = CompletedSale(order: order, receiptNumber: receipt)
        let change = Money(minorUnits: order.payment.change, currency: pricing.currency).formatted()
        message = Message("Receipt \(receipt) paid. Change \(change)", .ok)
    }

    /// The store could not commit: the paid cart stays, and paying again retries.
    public mutating func commitFailed(_ reason: String) {
        committing = nil
        message = Message("Sale NOT recorded: \(reason) — fix it and press Pay to retry; the payment is kept", .error)
    }

    /// Completes a fully paid cart again, after a failed commit.
    public mutating func retryCommit() -> [Effect] {
        do throws(CartError) {
            return finish(try cart.payment(pricing))
        } catch {
            show(error)
            return []
        }
    }

    /// An empty cart for the next customer.
    private mutating func startNextSale() {
        cart = Cart(currency: pricing.currency, openedAt: clock())
        undoCart = nil
        customer = nil
        lines = TableState(selected: nil)
    }

    private mutating func perform(_ command: SaleCommand, approvedBy: String?) -> [Effect] {
        guard committing == nil else {
            message = Message("the sale is being recorded", .warning)
            return []
        }
        do {
            switch command {
            case .item(let code, let quantity):
                lastSale = nil
                try ringUp(try resolver.resolve(code, in: catalog), quantity: quantity)
            case .voidLine:
                let line = try changeableLine()
                try cart.void(line: line.id)
                message = Message("\(line.name) voided", .warning)
            case .discountLine(let basisPoints):
                let line = try changeableLine()
                try cart.discount(.percent(basisPoints: basisPoints), line: line.id, rounding: pricing.rounding)
                message = Message("\(Money.format(basisPoints, exponent: 2)) % off \(line.name)", .ok)
            case .setQuantity(let quantity):
                let line = try changeableLine()
                try cart.setQuantity(quantity, line: line.id)
                message = Message("\(line.name): quantity \(quantity.formatted)", .ok)
            case .overridePrice(let price):
                let line = try changeableLine()
                try cart.overridePrice(price, line: line.id, approvedBy: approvedBy)
                message = Message("\(line.name): price \(Money(minorUnits: price, currency: pricing.currency).formatted())", .ok)
            case .tip(let amount, let serverID):
                let server = serverID ?? cashierID
                let id = try cart.addTip(amount, for: server)
                lines.selected = cart.lines.firstIndex { $0.id == id }
                message = Message("Tip \(Money(minorUnits: amount, currency: pricing.currency).formatted()) for \(server)", .ok)
            case .giftCard(let amount):
                guard cart.tenders.isEmpty else { throw CartError.paymentInProgress }
                prompt = .giftCardCode(amount: amount)
                message = Message("Scan or type the gift card's code, or Enter for a new one; Esc stops", .ok)
            case .discountSale(let basisPoints):
                guard !cart.isEmpty else { throw CartError.emptyCart }
                try cart.discountOrder(.percent(basisPoints: basisPoints))
                message = Message("\(Money.format(basisPoints, exponent: 2)) % off the sale", .ok)
            case .cash(let amount):
                let due = try cart.payment(pricing).cashDue(increment: pricing.cashIncrement)
                return finish(try cart.addTender(.cash, amount: amount ?? due, context: pricing))
            case .card(let amount):
                let payment = try cart.payment(pricing)
                guard !cart.isEmpty else { throw CartError.emptyCart }
                guard payment.remaining > 0 else { return finish(payment) }
                let charge = amount ?? payment.remaining
                guard charge > 0, charge <= payment.remaining else {
                    throw CartError.tenderExceedsDue(due: Money(minorUnits: payment.remaining, currency: pricing.currency),
                                                     offered: Money(minorUnits: charge, currency: pricing.currency))
                }
                message = Message("Card: \(Money(minorUnits: charge, currency: pricing.currency).formatted()) — follow the terminal", .ok)
                return [.chargeCard(amount: charge)]
            }
        } catch {
            show(error)
        }
        return []
    }

    /// Adds an item, or first asks what it needs: a weight, its options, the buyer's age.
    private mutating func ringUp(_ item: ResolvedItem, quantity: Quantity?) throws {
        let product = item.product
        guard !product.soldOut else { throw CartError.soldOut(product.name) }
        guard product.availability.allows(clock()) else { throw CartError.notAvailableNow(product.name) }
        if product.unit == .kilogram, item.quantity == nil {
            if let quantity { try add(item, quantity: quantity) } else { prompt = .weight(item) }
            return
        }
        guard quantity == nil || quantity?.wholeCount != nil else {
            throw CartError.badQuantity(product.name, reason: "is counted in whole items")
        }
        let multiplier = quantity?.wholeCount ?? 1
        if !product.modifierGroups.isEmpty {
            prompt = .modifiers(ModifierPick(item: item, multiplier: multiplier))
        } else if product.minimumAge != nil {
            prompt = .ageCheck(item, multiplier: multiplier, modifiers: [:])
        } else {
            try add(item, multiplier: multiplier)
        }
    }

    /// Adds an item whose options are all chosen, after the age check if it has one.
    private mutating func addPicked(_ pick: ModifierPick) throws {
        if pick.item.product.minimumAge != nil {
            prompt = .ageCheck(pick.item, multiplier: pick.multiplier, modifiers: pick.chosen)
        } else {
            try add(pick.item, multiplier: pick.multiplier, modifiers: pick.chosen)
        }
    }

    /// Adds a weighed item; nothing weighs 0 kg.
    private mutating func add(_ item: ResolvedItem, grams: Int64) throws {
        guard grams > 0 else { throw CartError.badQuantity(item.product.name, reason: "weigh more than 0 kg") }
        try add(item, quantity: Quantity(thousandths: grams))
    }

    private mutating func add(_ item: ResolvedItem, multiplier: Int64 = 1, quantity: Quantity? = nil,
                              modifiers: [String: [String]] = [:], ageConfirmed: Bool = false) throws {
        let id = if let quantity {
            try cart.add(item.product, quantity: quantity, ageConfirmed: ageConfirmed, at: clock())
        } else {
            try cart.add(item, multiplier: multiplier, modifiers: modifiers, ageConfirmed: ageConfirmed, at: clock())
        }
        lines.selected = cart.lines.firstIndex { $0.id == id }
        message = Message("\(item.product.name) added", .ok)
    }

    private mutating func show(_ error: any Error) {
        message = switch error {
        case let error as CartError: Message(error.message, .error)
        case let error as ItemError: Message(error.message, .error)
        case let error as MoneyError: Message("\(error)", .error)
        default: Message("\(error)", .error)
        }
    }

    /// The highlighted line; voided lines stay listed (struck through) and cannot be changed.
    private func changeableLine() throws(CartError) -> CartLine {
        guard let index = lines.selected, cart.lines.indices.contains(index) else { throw .noSuchLine(0) }
        guard !cart.lines[index].voided else { throw .lineVoided(cart.lines[index].id) }
        return cart.lines[index]
    }

    /// Asks for the sale to be committed once the tenders cover it; the cart stays until the store confirms.
    private mutating func finish(_ payment: PaymentSummary) -> [Effect] {
        guard payment.isComplete else {
            message = Message("\(Money(minorUnits: payment.remaining, currency: pricing.currency).formatted()) still to pay", .warning)
            return []
        }
        do throws(CartError) {
            let order = try cart.complete(id: UUID().uuidString.lowercased(), staffID: cashierID, training: training, context: pricing)
            committing = order
            return [.commit(order, shiftID: nil)]
        } catch {
            show(error)
            return []
        }
    }
}

/// A sale the store has committed, kept to show its change and print its receipt.
public struct CompletedSale: Hashable, Sendable {
    public let order: Order
    public let receiptNumber: Int64
}
