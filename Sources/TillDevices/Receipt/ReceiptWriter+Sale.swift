import TillCore

extension ReceiptWriter {
    /// A sale's lines, totals, payment and tax, worded as the sale screen words them.
    ///
    /// The right-hand column adds up: each item shows its quantity × price and any line discount under
    /// it, so the subtotal is the sum of the column above it. Option prices are part of the unit price
    /// and are shown in brackets beside the option, not in the column.
    mutating func sale(_ order: Order) {
        rule()
        for line in order.priced.lines {
            item(line)
        }
        rule()
        totals(order.priced, orderDiscount: order.cart.orderDiscount)
        payment(order.payment, tenders: order.tenders)
        taxSummary(order.priced.taxLines)
    }

    /// One item: name and gross amount, then how the amount came about.
    private mutating func item(_ priced: PricedLine) {
        let line = priced.line
        row(line.name, amount: priced.gross)
        if line.unit == .kilogram || line.quantity != .one {
            note("\(Self.quantity(line.quantity, unit: line.unit)) × \(amount(line.effectivePrice))\(Self.per(line))")
        }
        for modifier in line.modifiers {
            note("+ " + modifier.name + (modifier.priceDelta == 0 ? "" : " (\(signed(modifier.priceDelta)))"))
        }
        if line.priceOverride != nil {
            note("Price override, was \(amount(line.unitPrice))")
        }
        if priced.lineDiscount != 0 {
            row("  Discount" + Self.percent(line.discount), amount: -priced.lineDiscount)
        }
    }

    /// Subtotal, promotions by name, the order discount, tax added at the till, and the total.
    private mutating func totals(_ priced: PricedCart, orderDiscount: Discount?) {
        let subtotal = priced.lines.reduce(0) { $0 + $1.gross - $1.lineDiscount }
        if subtotal != priced.total {
            row("Subtotal", amount: subtotal)
        }
        for promotion in priced.promotions {
            row(promotion.name, amount: -promotion.discount)
        }
        if priced.orderDiscount != 0 {
            row("Order discount" + Self.percent(orderDiscount), amount: -priced.orderDiscount)
        }
        let afterDiscounts = subtotal - priced.promotions.reduce(0) { $0 + $1.discount } - priced.orderDiscount
        let taxAdded = priced.total - afterDiscounts
        if taxAdded != 0 {
            row(priced.taxExempt ? "Tax exempt" : "Tax", amount: taxAdded)
        } else if priced.taxExempt {
            line("Tax exempt")
        }
        total("TOTAL \(priced.currency.code)", amount: priced.total)
    }

    /// Cash rounding, each tender, and the change given.
    private mutating func payment(_ payment: PaymentSummary, tenders: [Tender]) {
        if payment.rounding != 0 {
            row("Cash rounding", amount: payment.rounding)
        }
        self.tenders(tenders)
        if payment.change != 0 {
            row("Change", amount: payment.change)
        }
    }

    /// "+0.50", "-0.20": an option's effect on the unit price.
    private func signed(_ minorUnits: Int64) -> String {
        (minorUnits > 0 ? "+" : "") + amount(minorUnits)
    }

    /// "2", or "0.452 kg" for a weighed item.
    private static func quantity(_ quantity: Quantity, unit: SaleUnit) -> String {
        unit == .kilogram ? "\(quantity.formatted) kg" : quantity.formatted
    }

    /// What the price is per: "/kg" for weighed goods, nothing for single items.
    private static func per(_ line: CartLine) -> String {
        switch line.unit {
        case .kilogram: line.pricedPer == .grams(1000) ? "/kg" : "/\(line.pricedPer.formatted) kg"
        case .each: line.pricedPer == .one ? "" : "/\(line.pricedPer.formatted)"
        }
    }

    /// " 10%" for a percentage discount, nothing for a fixed amount.
    private static func percent(_ discount: Discount?) -> String {
        guard case .percent(let basisPoints)? = discount else { return "" }
        // A basis point is 100 millionths; TaxRate already prints a percentage without trailing zeros.
        return " " + TaxRate(millionths: basisPoints * 100).description
    }
}
