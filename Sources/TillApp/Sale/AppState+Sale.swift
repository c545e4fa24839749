import Foundation
import TermUI
import TillCore

extension AppState {
    /// Keys on the sale screen: the command line takes text; function keys act on the cart.
    mutating func saleKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        if sale.prompt != nil { return salePromptKey(chord, action) }
        if Self.isEditing(chord) {
            sale.input.handle(chord)
            return []
        }
        guard let action else { return [] }
        if let effects = globalAction(action) { return effects }
        switch action {
        case .submit:
            let text = sale.input.commit()
            do throws(SaleCommandError) {
                return runSale(try SaleCommand(parsing: text, amounts: AmountParser(currency: currency)))
            } catch {
                sale.message = Message(error.message, .error)
            }
        case .cancel:
            sale.input.clear()
            sale.message = nil
        case .up:
            sale.lines.move(by: -1, rowCount: sale.cart.lines.count)
        case .down:
            sale.lines.move(by: 1, rowCount: sale.cart.lines.count)
        case .undo:
            return sale.undo()
        case .voidLine:
            return runSale(.voidLine)
        case .discountLine:
            sale.input.clear()
            sale.input.insert("%")
            sale.message = Message("Type the percentage off the selected line, then Enter", .ok)
        case .quantity, .overridePrice:
            guard sale.selectedLine != nil else {
                sale.message = Message("Select a line first (Up and Down)", .warning)
                return []
            }
            sale.ask(action == .quantity ? .lineQuantity : .linePrice)
        case .discountSale:
            sale.ask(.saleDiscount)
        case let action where Action.checkActions.contains(action):
            return checkKey(action)
        case .suspend where restaurant.open != nil, .recall where restaurant.open != nil:
            sale.message = Message("A check stays on its table: Alt-F shows the floor", .warning)
        case .suspend:
            guard !sale.cart.isEmpty else {
                sale.message = Message("There is no sale to park", .warning)
                return []
            }
            sale.ask(.suspendLabel)
        case .recall:
            guard sale.cart.isEmpty else {
                sale.message = Message("Park or finish this sale before recalling another", .warning)
                return []
            }
            return [.loadSuspended]
        case .attachCustomer:
            sale.ask(.customer)
        case .showMenu:
            return openMenu()
        case .pay:
            return startPayment()
        default:
            sale.message = Message("\(action.label) is not available on this screen", .warning)
        }
        return []
    }

    /// Runs a sale command once the cashier may: refused, or held for a supervisor's approval.
    /// `approvedBy` is the supervisor who approved it, once they have.
    mutating func runSale(_ command: SaleCommand, approvedBy: String? = nil) -> [Effect] {
        guard let user else { return [] }
        if approvedBy == nil, let needed = command.requiredAction,
           !mayDo(needed, pending: .sale(command), refusal: "\(user.name) may not do \(needed), and nobody can approve it") {
            return []
        }
        if case .tip(let amount, nil) = command {
            return runSale(.tip(amount: amount, serverID: restaurant.open?.check.serverID ?? user.id), approvedBy: approvedBy)
        }
        if let part = restaurant.open?.nextPart {
            switch command {
            case .cash(nil): return runSale(.cash(amount: part), approvedBy: approvedBy)
            case .card(nil): return runSale(.card(amount: part), approvedBy: approvedBy)
            default: break
            }
        }
        if case .cash(let amount?) = command, let refusal = implausibleCash(amount) {
            sale.message = Message(refusal, .error)
            return []
        }
        let effects = sale.run(command, approvedBy: approvedBy)
        for case .chargeCard(let amount) in effects { payment.cardPending = amount }
        return effects
    }

    /// Why `amount` of cash cannot be what the customer handed over: more than the largest note above
    /// what is due (a mistyped amount, or a scan read as one). Nil when it is plausible.
    private func implausibleCash(_ amount: Int64) -> String? {
        guard let due = sale.payment?.remaining, let largest = profile.notes.max(), amount > due + largest else { return nil }
        return "\(format(amount)) cash is more than the largest note (\(format(largest))) over what is due: check the amount"
    }

    /// Pay (F2): the payment screen, or a retry when a paid sale could not be recorded.
    mutating func startPayment() -> [Effect] {
        guard !sale.cart.isEmpty else {
            sale.message = Message("Ring up an item first", .warning)
            return []
        }
        if sale.payment?.isComplete == true { return sale.retryCommit() }
        let charged = chargeService()
        route = .payment
        payment.amount.clear()
        return charged
    }

    /// Answers the open question: a confirmation, an option number, or typed text.
    mutating func salePromptKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        guard let prompt = sale.prompt else { return [] }
        if case .modifiers = prompt, case .character(let character) = chord.key, let number = character.wholeNumberValue {
            return sale.pickModifier(number)
        }
        if prompt.takesText, Self.isEditing(chord) {
            sale.input.handle(chord)
            return []
        }
        switch action {
        case .submit where prompt.takesText:
            return answer(prompt, sale.input.commit())
        case .submit:
            return sale.answerPrompt(nil)
        case .cancel:
            sale.input.clear()
            sale.cancelPrompt()
        default:
            break
        }
        return []
    }

    /// Carries out what a typed answer asks for; a bad value leaves the question open.
    private mutating func answer(_ prompt: SalePrompt, _ text: String) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        do throws(SaleCommandError) {
            switch prompt {
            case .weight:
                if trimmed.isEmpty && weighAgain() { return [] }
                return sale.answerPrompt(trimmed)
            case .lineQuantity:
                let quantity = try SaleCommand.quantity(trimmed)
                sale.cancelPrompt()
                return runSale(.setQuantity(quantity))
            case .linePrice:
                let price: Int64
                do { price = try AmountParser(currency: currency).parse(trimmed) } catch { throw .badAmount(trimmed, error) }
                sale.cancelPrompt()
                return runSale(.overridePrice(price))
            case .saleDiscount:
                let basisPoints = try SaleCommand.percent(trimmed)
                sale.cancelPrompt()
                return runSale(.discountSale(basisPoints: basisPoints))
            case .suspendLabel:
                sale.cancelPrompt()
                return sale.suspend(label: trimmed)
            case .customer:
                sale.cancelPrompt()
                guard !trimmed.isEmpty else { return sale.attach(nil) }
                return [.findCustomer(trimmed)]
            case .check(let question):
                return answerCheck(question, trimmed)
            case .giftCardCode(let amount):
                sale.cancelPrompt()
                return [.loyalty(.checkGiftCard(code: trimmed.isEmpty ? nil : trimmed, amount: amount))]
            case .ageCheck, .modifiers:
                return []
            }
        } catch {
            sale.message = Message(error.message, .error)
            return []
        }
    }
}

extension SaleCommand {
    /// What the cashier needs permission for to run this command; nil when anyone may.
    var requiredAction: StaffAction? {
        switch self {
        case .voidLine: .permission(.voidLine)
        case .discountLine(let basisPoints), .discountSale(let basisPoints): .discount(basisPoints: basisPoints)
        case .overridePrice: .permission(.priceOverride)
        case .item, .cash, .card, .setQuantity, .giftCard, .tip: nil
        }
    }

    /// Whether the command takes a payment (cash or card).
    var isTender: Bool {
        switch self {
        case .cash, .card: true
        case .item, .voidLine, .discountLine, .setQuantity, .overridePrice, .discountSale, .giftCard, .tip: false
        }
    }
}
