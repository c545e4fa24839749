import Foundation
import TermUI
import TillCore

extension AppState {
    /// F5 on the payment screen: asks for a voucher's code; an amount typed first takes only that much.
    mutating func startVoucher() -> [Effect] {
        guard let due = storedValueDue() else { return [] }
        let typed = payment.amount.commit().trimmingCharacters(in: .whitespaces)
        var amount: Int64?
        if !typed.isEmpty {
            guard let parsed = try? AmountParser(currency: currency).parse(typed), parsed > 0 else {
                sale.message = Message("\"\(typed)\" is not an amount: type 5 or 5.50 before F5, or nothing for all of it", .error)
                return []
            }
            amount = parsed
        }
        payment.voucher = VoucherEntry(amount: amount)
        sale.message = Message("Scan or type the code of the voucher or gift card (\(amount.map(format) ?? "up to " + format(due))); Esc stops",
                               .ok)
        return []
    }

    /// A key while the voucher's code is asked: the field, Enter to check it, Esc to stop.
    mutating func voucherKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        if Self.isEditing(chord) {
            payment.voucher?.code.handle(chord)
            return []
        }
        switch action {
        case .submit?:
            return redeemVoucher(payment.voucher?.code.commit() ?? "")
        case .cancel?:
            payment.voucher = nil
            sale.message = nil
        default:
            break
        }
        return []
    }

    /// A scan while the voucher's code is asked is the code.
    mutating func redeemVoucher(_ code: String) -> [Effect] {
        guard let entry = payment.voucher, let due = sale.storedValueDue else { return [] }
        let typed = code.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else {
            sale.message = Message("Scan or type the voucher's code, or Esc", .warning)
            return []
        }
        payment.voucher = nil
        payment.voucherPending = typed
        sale.message = Message("Checking voucher \(typed)…", .ok)
        return [.loyalty(.redeemVoucher(code: typed, amount: entry.amount, due: due, tenders: sale.cart.tenders))]
    }

    /// F7 on the payment screen: the customer's points pay; a number typed first spends that many.
    mutating func redeemPoints() -> [Effect] {
        guard let customerID = sale.cart.customerID else {
            sale.message = Message(LoyaltyError.noCustomer.description, .warning)
            return []
        }
        guard let due = storedValueDue() else { return [] }
        let typed = payment.amount.commit().trimmingCharacters(in: .whitespaces)
        var points: Int64?
        if !typed.isEmpty {
            guard let number = Int64(typed), number > 0 else {
                sale.message = Message("\"\(typed)\" is not a number of points: type 500 before F7, or nothing to pay all you can", .error)
                return []
            }
            points = number
        }
        return [.loyalty(.redeemPoints(customerID: customerID, points: points, due: due, tenders: sale.cart.tenders, online: sync.online))]
    }

    /// What a voucher or points may still pay; nil, with the reason on the message line, when nothing:
    /// the sale is paid, or what is left loads gift cards, which only money pays.
    private mutating func storedValueDue() -> Int64? {
        guard let remaining = sale.payment?.remaining, remaining > 0 else {
            sale.message = Message("Nothing is left to pay", .warning)
            return nil
        }
        guard let due = sale.storedValueDue, due > 0 else {
            sale.message = Message("What is left loads gift cards: take cash or card for it", .warning)
            return nil
        }
        return due
    }
}
