import TermUI
import TillCore

extension AppState {
    /// Keys on the payment screen: an amount and Enter takes cash; function keys take exact cash,
    /// the next round note, the card, a voucher or the customer's points.
    mutating func paymentKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        guard payment.cardPending == nil, payment.voucherPending == nil, sale.committing == nil else { return [] }
        if payment.voucher != nil { return voucherKey(chord, action) }
        if Self.isEditing(chord) {
            payment.amount.handle(chord)
            return []
        }
        guard let action else { return [] }
        if let effects = globalAction(action) { return effects }
        switch action {
        case .submit:
            let text = payment.amount.commit()
            guard !text.isEmpty else { return runSale(.cash(amount: nil)) }
            if Self.looksScanned(text) { return scannedWhilePaying(text) }
            let parser = AmountParser(currency: currency)
            if let amount = try? parser.parse(text) { return runSale(.cash(amount: amount)) }
            switch try? SaleCommand(parsing: text, amounts: parser) {
            case let command? where command.isTender: return runSale(command)
            default: sale.message = Message("\"\(text)\" is not an amount: type 20 or 20.50, or 5CC for 5.00 by card", .error)
            }
        case .cashExact:
            return runSale(.cash(amount: nil))
        case .cashNextNote:
            guard let due = cashDue, let next = QuickCash.amounts(due: due, notes: profile.notes).dropFirst().first else {
                sale.message = Message("No note is larger than the amount due: take exact cash", .warning)
                return []
            }
            return runSale(.cash(amount: next))
        case .card:
            return runSale(.card(amount: nil))
        case .voucher:
            return startVoucher()
        case .redeemPoints:
            return redeemPoints()
        case .removeTender:
            return sale.removeLastTender()
        case .cancel:
            route = .sale
        default:
            sale.message = Message("\(action.label) is not available while paying", .warning)
        }
        return []
    }

    /// Whether typed text is a barcode rather than an amount: 8 digits or more with no separator.
    static func looksScanned(_ text: String) -> Bool {
        text.count >= 8 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A scan on the payment screen lands in the cart while nothing is paid yet; once a tender is taken
    /// the items are fixed, so it is refused rather than read as an amount of cash.
    private mutating func scannedWhilePaying(_ code: String) -> [Effect] {
        guard sale.cart.tenders.isEmpty else {
            sale.message = Message("\(code) looks like a scan, not an amount: remove the tenders (F6) to add an item", .error)
            return []
        }
        route = .sale
        return runSale(.item(code: code, quantity: nil))
    }

    /// The cash due after rounding to the smallest coin, while something is left to pay.
    var cashDue: Int64? {
        guard let payment = sale.payment, payment.remaining > 0 else { return nil }
        return try? payment.cashDue(increment: profile.pricing.cashIncrement)
    }

    /// The card terminal's answer: the tender goes in, or the cashier learns why not.
    mutating func cardAnswered(_ amount: Int64, _ answer: CardAnswer) -> [Effect] {
        payment.cardPending = nil
        switch answer {
        case .approved(let reference):
            return sale.cardApproved(amount, reference: reference)
        case .declined(let reason):
            sale.message = Message("Card declined: \(reason). Try again or take another tender.", .error)
        case .timedOut:
            sale.message = Message("The card terminal did not answer: nothing was charged. Try again or take cash.", .error)
        }
        return []
    }
}
