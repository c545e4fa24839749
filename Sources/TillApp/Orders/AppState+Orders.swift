import Foundation
import TermUI
import TillCore
import TillStore

extension AppState {
    /// Opens the orders screen on today's sales.
    mutating func openOrders() -> [Effect] {
        route = .orders
        orders = OrdersState()
        return [.loadOrders(training: profile.training)]
    }

    /// Keys on the orders screen: the list, the open receipt, or the refund being put together.
    mutating func ordersKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        if orders.refund != nil { return refundFormKey(chord, action) }
        if orders.tip != nil { return tipKey(chord, action) }
        if orders.detail != nil { return detailKey(action) }
        if Self.isEditing(chord) {
            orders.search.handle(chord)
            return []
        }
        guard let action else { return [] }
        if let effects = globalAction(action) { return effects }
        switch action {
        case .up: orders.table.move(by: -1, rowCount: orders.sales.count)
        case .down: orders.table.move(by: 1, rowCount: orders.sales.count)
        case .submit:
            let typed = orders.search.commit().trimmingCharacters(in: .whitespaces)
            if typed.isEmpty {
                guard let index = orders.table.selected, orders.sales.indices.contains(index) else { return [] }
                return [.loadOrder(receipt: orders.sales[index].receiptNumber, training: profile.training)]
            }
            guard let number = Int64(typed), number > 0 else {
                orders.message = Message("\"\(typed)\" is not a receipt number", .error)
                return []
            }
            return [.loadOrder(receipt: number, training: profile.training)]
        case .cancel:
            if orders.search.text.isEmpty { route = .sale } else { orders.search.clear() }
        default:
            orders.message = Message("Open a receipt first (Enter)", .warning)
        }
        return []
    }

    /// A receipt was looked up: show it (keeping the message when it is the same one, reloaded), or say it does not exist.
    mutating func orderLoaded(_ detail: OrderDetail?, receipt: Int64) {
        guard let detail else {
            orders.message = Message("There is no receipt \(receipt) on this terminal", .warning)
            return
        }
        if orders.detail?.receiptNumber != receipt { orders.message = nil }
        orders.detail = detail
        orders.refund = nil
    }

    /// A refund was recorded: say what went back, open the drawer for cash, and show the receipt again.
    mutating func refundCommitted(_ refund: Refund, number: Int64) -> [Effect] {
        let tenders = refund.tenders.map { "\($0.kind) \(format($0.amount))" }.joined(separator: ", ")
        orders.message = Message("Refund \(number): \(format(refund.total + refund.rounding)) back — \(tenders)", .ok)
        orders.refund = nil
        var effects: [Effect] = refund.tenders.contains { $0.kind.isCash } ? [.openDrawer] : []
        if let receipt = orders.detail?.receiptNumber { effects.append(.loadOrder(receipt: receipt, training: profile.training)) }
        return effects + [.loadStatus]
    }

    private mutating func detailKey(_ action: Action?) -> [Effect] {
        guard let action, let detail = orders.detail, user != nil else { return [] }
        if let effects = globalAction(action) { return effects }
        switch action {
        case .refund, .refundAll:
            guard detail.soldLines.contains(where: { detail.refundable($0).thousandths > 0 }) else {
                orders.message = Message("Receipt \(detail.receiptNumber) has been refunded in full", .warning)
                return []
            }
            var form = RefundForm()
            if action == .refundAll { for line in detail.soldLines { form.quantities[line.id] = detail.refundable(line) } }
            orders.refund = form
            orders.message = Message("Choose what comes back: Up/Down, a quantity and Enter; F3 all; F10 refund", .ok)
        case .reprint:
            return reprintCopy(saleID: detail.order.id, receipt: detail.receiptNumber)
        case .addTip:
            if let tip = detail.tip {
                orders.message = Message("Receipt \(detail.receiptNumber) has a tip of \(format(tip.amount)) already", .warning)
            } else if detail.cardPayment == nil {
                orders.message = Message("Receipt \(detail.receiptNumber) was not paid by card: a tip in cash goes in the drawer as 5TP on a sale",
                                         .warning)
            } else {
                orders.tip = TextInput(placeholder: "the tip written on the card slip, Enter", maxLength: 9)
                orders.message = Message("Tip for \(detail.order.staffID) on the card payment of receipt \(detail.receiptNumber)", .ok)
            }
        case .up, .down:
            break
        case .cancel:
            orders.detail = nil
            orders.message = nil
            return [.loadOrders(training: profile.training)]
        default:
            orders.message = Message("\(action.label) is not available here", .warning)
        }
        return []
    }

    /// Keys while the tip for the open receipt's card payment is typed.
    private mutating func tipKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        guard let detail = orders.detail else { return [] }
        if Self.isEditing(chord) {
            orders.tip?.handle(chord)
            return []
        }
        switch action {
        case .submit:
            let typed = orders.tip?.commit() ?? ""
            guard let amount = try? AmountParser(currency: currency).parse(typed), amount > 0 else {
                orders.message = Message("\"\(typed)\" is not a tip: type the amount, such as 2.50", .error)
                return []
            }
            orders.tip = nil
            return [.addTip(amount, to: detail, serverID: detail.order.staffID)]
        case .cancel:
            orders.tip = nil
            orders.message = nil
        default:
            break
        }
        return []
    }

    /// The card terminal's answer to a tip: recorded and shown on the receipt, or why not.
    mutating func tipAnswered(receipt: Int64, amount: Int64, problem: String?) -> [Effect] {
        guard problem == nil else {
            orders.message = Message("Tip not added: \(problem ?? "")", .error)
            bell = true
            return []
        }
        orders.message = Message("Tip of \(format(amount)) added to receipt \(receipt)", .ok)
        return [.loadOrder(receipt: receipt, training: profile.training), .loadStatus]
    }

    private mutating func refundFormKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        guard var form = orders.refund, let detail = orders.detail else { return [] }
        defer { if orders.refund != nil { orders.refund = form } }
        if Self.isEditing(chord) {
            form.entry.handle(chord)
            return []
        }
        let lines = detail.soldLines
        switch action {
        case .up: form.table.move(by: -1, rowCount: lines.count)
        case .down: form.table.move(by: 1, rowCount: lines.count)
        case .submit:
            guard let index = form.table.selected, lines.indices.contains(index) else { return [] }
            let line = lines[index]
            let typed = form.entry.commit().trimmingCharacters(in: .whitespaces)
            do throws(SaleCommandError) {
                let wanted = typed.isEmpty ? detail.refundable(line) : try SaleCommand.quantity(typed)
                guard wanted.thousandths <= detail.refundable(line).thousandths else {
                    orders.message = Message("\(line.name): only \(detail.refundable(line).formatted) left to refund", .error)
                    return []
                }
                form.quantities[line.id] = wanted
                form.table.move(by: 1, rowCount: lines.count)
                orders.message = nil
            } catch {
                orders.message = Message(error.message, .error)
            }
        case .refundAll:
            for line in lines { form.quantities[line.id] = detail.refundable(line) }
        case .confirm:
            return requestRefund(form, detail)
        case .cancel:
            orders.refund = nil
            orders.message = Message("Refund cancelled", .warning)
        default:
            break
        }
        return []
    }

    /// Works out the refund of the chosen quantities and records it once the refunder may.
    private mutating func requestRefund(_ form: RefundForm, _ detail: OrderDetail) -> [Effect] {
        guard !form.items.isEmpty else {
            orders.message = Message("Choose at least one line to refund", .warning)
            return []
        }
        let refund: Refund
        do throws(RefundError) {
            refund = try RefundCalculator.against(detail.order, items: form.items, previous: detail.refunds,
                                                  cashIncrement: profile.pricing.cashIncrement)
        } catch {
            orders.message = Message(error.message, .error)
            return []
        }
        guard let user, mayDo(.permission(.refund), pending: .refund(refund),
                              refusal: "\(user.name) may not \(StaffAction.permission(.refund)), and nobody can approve it") else { return [] }
        return commitRefund(refund, approvedBy: nil)
    }

    /// The effect that records `refund` for the logged-in user in the open shift.
    func commitRefund(_ refund: Refund, approvedBy: String?) -> [Effect] {
        guard let user else { return [] }
        return [.commitRefund(refund, staffID: user.id, approvedBy: approvedBy, shiftID: shift?.id)]
    }

}
