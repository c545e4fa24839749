public import TillDevices
import TillCore

extension AppState {
    /// What the customer display shows now: the item last rung with the running total, the total
    /// while paying, the change (or thanks) after a sale, and a welcome on an empty lane.
    public var customerDisplay: DisplayLines {
        if sale.priced?.lines.isEmpty ?? true, let last = sale.lastSale {
            let payment = last.order.payment
            return payment.change > 0 ? .change(payment, currency: currency) : .centred("Thank you!", profile.storeName)
        }
        return DisplayLines(cart: sale.priced, payment: sale.payment, idle: .centred("Welcome", profile.storeName))
    }
}
