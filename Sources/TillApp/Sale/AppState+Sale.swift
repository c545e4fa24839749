import TermUI
import TillCore

extension AppState {
    /// Keys on the sale screen: the command line takes text; function keys act on the cart.
    mutating func saleKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        if sale.prompt != nil { return promptKey(chord, action) }
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
        case .pay:
            return startPayment()
        default:
            sale.message = Message("\(action.label) is not available on this screen", .warning)
        }
        return []
    }

    /// Runs a sale command once the cashier may: refused, or held for a supervisor's approval.
    mutating func runSale(_ command: SaleCommand, approved: Bool = false) -> [Effect] {
        guard let user else { return [] }
        if !approved, let needed = command.requiredAction {
            switch profile.policy.decide(needed, by: user) {
            case .allowed: break
            case .refused:
                sale.message = Message("\(user.name) may not do \(needed), and nobody can approve it", .error)
                return []
            case .needsApproval(let roles):
                overlay = .approval(ApprovalPrompt(action: needed, pending: .sale(command), approverRoles: roles))
                return []
            }
        }
        let effects = sale.run(command)
        for case .chargeCard(let amount) in effects { payment.cardPending = amount }
        return effects
    }

    /// F2 on the sale screen: the payment screen, or a retry when a paid sale could not be recorded.
    private mutating func startPayment() -> [Effect] {
        guard !sale.cart.isEmpty else {
            sale.message = Message("Ring up an item first", .warning)
            return []
        }
        if sale.payment?.isComplete == true { return sale.retryCommit() }
        route = .payment
        payment.amount.clear()
        return []
    }

    /// Answers the open age or weight question.
    private mutating func promptKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        if case .weight = sale.prompt, Self.isEditing(chord) {
            sale.input.handle(chord)
            return []
        }
        switch action {
        case .submit:
            let typed = sale.input.commit()
            return sale.answerPrompt(typed.isEmpty ? nil : typed)
        case .cancel:
            sale.input.clear()
            sale.cancelPrompt()
        default:
            break
        }
        return []
    }
}

extension SaleCommand {
    /// What the cashier needs permission for to run this command; nil when anyone may.
    var requiredAction: StaffAction? {
        switch self {
        case .voidLine: .permission(.voidLine)
        case .discountLine(let basisPoints): .discount(basisPoints: basisPoints)
        case .item, .cash, .card: nil
        }
    }

    /// Whether the command takes a payment (cash or card).
    var isTender: Bool {
        switch self {
        case .cash, .card: true
        case .item, .voidLine, .discountLine: false
        }
    }
}
