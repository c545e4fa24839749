import TermUI
import TillCore

extension AppState {
    /// Prints the receipt the printer gave up on, as the original (it never reached the customer);
    /// with none waiting, a copy of the last sale's receipt, which needs the reprint permission.
    mutating func printAgain() -> [Effect] {
        if let unprinted = unprintedReceipt {
            unprintedReceipt = nil
            return [.printReceipt(saleID: unprinted.saleID, receipt: unprinted.receipt)]
        }
        guard let last = sale.lastSale else {
            show(Message("No receipt to print yet on this lane", .warning))
            return []
        }
        return reprintCopy(saleID: last.order.id, receipt: last.receiptNumber)
    }

    /// A copy of a receipt, marked COPY: for whoever holds the reprint permission, or after approval.
    mutating func reprintCopy(saleID: String, receipt: Int64) -> [Effect] {
        guard let user else { return [] }
        guard mayDo(.permission(.reprint), pending: .reprint(saleID: saleID, receipt: receipt),
                    refusal: "\(user.name) may not \(StaffAction.permission(.reprint)), and nobody can approve it") else { return [] }
        return [.reprint(saleID: saleID, receipt: receipt, staffID: user.id)]
    }

    /// How the cashier gets a receipt that did not print, in the keymap's own keys.
    var printAgainHint: String {
        let keys = profile.keymap.chords(for: Action.printAgain.rawValue, in: route.keymapContext)
        return keys.first.map { "— \($0) prints it again" } ?? "— print it again from the orders screen"
    }
}
