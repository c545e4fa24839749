public import TillCore

extension DisplayLines {
    /// What the customer should see for the sale in progress: the change once it is paid, the total
    /// and what is left while paying, otherwise the item last rung up, or `idle` for an empty cart.
    public init(cart priced: PricedCart?, payment: PaymentSummary?, idle: DisplayLines) {
        if let priced, let payment, payment.paid > 0 {
            self = payment.isComplete ? .change(payment, currency: priced.currency) : .total(priced, payment: payment)
        } else if let priced, let last = priced.lines.last {
            self = .rung(last, cartTotal: priced.total, currency: priced.currency)
        } else {
            self = idle
        }
    }

    /// The item just rung up with its amount, and the running total under it.
    public static func rung(_ line: PricedLine, cartTotal: Int64, currency: Currency) -> DisplayLines {
        let item = line.line
        let count = item.unit == .kilogram ? "\(item.quantity.formatted)kg " : item.quantity == .one ? "" : "\(item.quantity.formatted)x "
        let amount = line.gross - line.lineDiscount - line.promotionDiscount
        return rows((count + item.name, format(amount, currency)), ("TOTAL", format(cartTotal, currency)))
    }

    /// The sale's total and, once part of it is paid, what is still to pay.
    public static func total(_ priced: PricedCart, payment: PaymentSummary?) -> DisplayLines {
        let remaining = payment.flatMap { $0.paid > 0 ? (label: "TO PAY", value: format($0.remaining, priced.currency)) : nil }
        return rows(("TOTAL \(priced.currency.code)", format(priced.total, priced.currency)), remaining)
    }

    /// What the sale came to after cash rounding, and the change to hand back.
    public static func change(_ payment: PaymentSummary, currency: Currency) -> DisplayLines {
        rows(("TOTAL", format(payment.due, currency)), ("CHANGE", format(payment.change, currency)))
    }

    private static func format(_ minorUnits: Int64, _ currency: Currency) -> String {
        Money.format(minorUnits, exponent: currency.exponent)
    }
}
