import Foundation
public import TermUI
public import TillCore
import TillStore

/// The sale screen's state and what keys and commands do to it: ring up, void, discount, pay.
///
/// It is a value with one entry point, ``handle(_:)``, so every behaviour is testable without a
/// terminal; the loop renders it with ``SaleScreen`` after each event.
public struct SaleSession {
    public let pricing: PricingContext
    public let catalog: any ProductLookup
    public let resolver: ItemResolver
    public let clock: @Sendable () -> LocalTime
    /// Keeps the cart and commits sales; nil in previews that keep nothing.
    public let recorder: (any SaleRecorder)?
    public let staffID: String
    /// Training sales are numbered apart and never reach reports, stock or sync.
    public let training: Bool
    /// The sale in progress; every change re-prices it once, so drawing a frame never prices.
    public private(set) var cart: Cart {
        didSet { priced = try? pricing.price(cart) }
    }
    /// The cart with every amount worked out, or nil when it cannot be priced (shown as a message).
    public private(set) var priced: PricedCart?
    public var input = TextInput(placeholder: "scan or type a code · 3*code · VD · %10 · 20CA · CC")
    public var lines = TableState(selected: nil)
    /// The last thing that happened, for the message line.
    public private(set) var message: Message?
    /// Sales completed in this run.
    public private(set) var completed: [Order] = []
    public private(set) var wantsToQuit = false

    /// A line of feedback and how it should look.
    public struct Message: Hashable, Sendable {
        public enum Kind: Sendable { case ok, warning, error }
        public let text: String
        public let kind: Kind
    }

    /// A session on `catalog`; `resuming` is the cart a crash interrupted, as the store kept it.
    public init(pricing: PricingContext, catalog: any ProductLookup, reader: BarcodeReader,
                clock: @escaping @Sendable () -> LocalTime, recorder: (any SaleRecorder)? = nil,
                staffID: String = "demo", training: Bool = true, resuming: Cart? = nil) {
        self.pricing = pricing
        self.catalog = catalog
        self.resolver = ItemResolver(reader: reader, currency: pricing.currency)
        self.clock = clock
        self.recorder = recorder
        self.staffID = staffID
        self.training = training
        cart = resuming ?? Cart(currency: pricing.currency, openedAt: clock())
        priced = try? pricing.price(cart)
        if resuming != nil { message = Message(text: "The sale in progress was restored", kind: .warning) }
    }

    /// Where the payment stands, from the cached prices.
    public var payment: PaymentSummary? {
        priced.flatMap { try? PaymentSummary(total: $0.total, tenders: cart.tenders, cashIncrement: pricing.cashIncrement) }
    }

    /// Applies an action from the keymap.
    public mutating func handle(_ action: Action) {
        switch action {
        case .submit: submit(input.commit())
        case .cancel: input.clear(); message = nil
        case .up: lines.move(by: -1, rowCount: cart.lines.count)
        case .down: lines.move(by: 1, rowCount: cart.lines.count)
        case .voidLine: run(.voidLine)
        case .pay:
            if !cart.isEmpty, (try? cart.payment(pricing))?.isComplete == true {
                retryCommit()
            } else {
                run(.cash(amount: nil))
            }
        case .quit: wantsToQuit = true
        default: message = Message(text: "\(action.label) arrives with the cashier's app", kind: .warning)
        }
    }

    /// Applies a typed key; returns false when the key is not text editing (then it goes to the keymap).
    public mutating func type(_ chord: KeyChord) -> Bool {
        guard case .character = chord.key, chord.modifiers.isEmpty else {
            return [.backspace, .delete, .left, .right, .home, .end].contains(chord.key) && input.handle(chord)
        }
        return input.handle(chord)
    }

    private mutating func submit(_ text: String) {
        do throws(SaleCommandError) {
            run(try SaleCommand(parsing: text, amounts: AmountParser(currency: pricing.currency)))
        } catch {
            message = Message(text: error.message, kind: .error)
        }
    }

    /// Runs a command, then keeps the changed cart before anything else happens.
    public mutating func run(_ command: SaleCommand) {
        let before = cart
        perform(command)
        if cart != before { persist() }
    }

    private mutating func persist() {
        do throws(StoreError) {
            try recorder?.cartChanged(cart)
        } catch {
            message = Message(text: "Not saved: \(error)", kind: .error)
        }
    }

    private mutating func retryCommit() {
        do throws(CartError) {
            try finish(try cart.payment(pricing))
        } catch {
            message = Message(text: error.message, kind: .error)
        }
    }

    private mutating func perform(_ command: SaleCommand) {
        do {
            switch command {
            case .item(let code, let quantity):
                let item = try resolver.resolve(code, in: catalog)
                let id: Int
                if let quantity, item.product.unit == .kilogram, item.quantity == nil {
                    id = try cart.add(item.product, quantity: quantity, at: clock())
                } else {
                    let multiplier = quantity?.wholeCount ?? 1
                    guard quantity == nil || quantity?.wholeCount != nil else {
                        throw CartError.badQuantity(item.product.name, reason: "is counted in whole items")
                    }
                    id = try cart.add(item, multiplier: multiplier, ageConfirmed: true, at: clock())
                }
                lines.selected = cart.lines.firstIndex { $0.id == id }
                let ageNote = item.product.minimumAge.map { ": check the customer is \($0) or over" } ?? ""
                message = Message(text: "\(item.product.name) added\(ageNote)", kind: ageNote.isEmpty ? .ok : .warning)
            case .voidLine:
                let line = try selectedLine()
                try cart.void(line: line.id)
                message = Message(text: "\(line.name) voided", kind: .warning)
            case .discountLine(let basisPoints):
                let line = try selectedLine()
                try cart.discount(.percent(basisPoints: basisPoints), line: line.id, rounding: pricing.rounding)
                message = Message(text: "\(Money.format(basisPoints, exponent: 2)) % off \(line.name)", kind: .ok)
            case .cash(let amount):
                let due = try cart.payment(pricing).cashDue(increment: pricing.cashIncrement)
                try finish(cart.addTender(.cash, amount: amount ?? due, context: pricing))
            case .card(let amount):
                let remaining = try cart.payment(pricing).remaining
                try finish(cart.addTender(.card, amount: amount ?? remaining, reference: "DEMO", context: pricing))
            }
        } catch let error as CartError {
            message = Message(text: error.message, kind: .error)
        } catch let error as ItemError {
            message = Message(text: error.message, kind: .error)
        } catch {
            message = Message(text: "\(error)", kind: .error)
        }
    }

    /// The highlighted line; voided lines stay listed (struck through) and cannot be changed.
    private func selectedLine() throws(CartError) -> CartLine {
        guard let index = lines.selected, cart.lines.indices.contains(index) else { throw .noSuchLine(0) }
        guard !cart.lines[index].voided else { throw .lineVoided(cart.lines[index].id) }
        return cart.lines[index]
    }

    /// Completes the sale once the tenders cover it, and starts the next one.
    private mutating func finish(_ payment: PaymentSummary) throws(CartError) {
        guard payment.isComplete else {
            message = Message(text: "\(Money(minorUnits: payment.remaining, currency: pricing.currency).formatted()) still to pay", kind: .warning)
            return
        }
        let order = try cart.complete(id: UUID().uuidString.lowercased(), staffID: staffID, training: training, context: pricing)
        var receipt = Int64(completed.count + 1)
        if let recorder {
            do throws(StoreError) {
                receipt = try recorder.commit(order).receiptNumber
            } catch {
                message = Message(text: "Sale NOT recorded: \(error) — fix it and press F2 to retry; the payment is kept", kind: .error)
                return
            }
        }
        completed.append(order)
        cart = Cart(currency: pricing.currency, openedAt: clock())
        lines = TableState(selected: nil)
        let change = Money(minorUnits: payment.change, currency: pricing.currency).formatted()
        message = Message(text: "Receipt \(receipt) paid. Change \(change)", kind: .ok)
    }
}
