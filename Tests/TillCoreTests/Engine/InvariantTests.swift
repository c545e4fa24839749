import Testing
import TillCore

/// Properties that must hold for every sale, checked over many generated carts.
@Suite struct InvariantTests {
    static let runs = 600

    @Test func tendersMinusChangeEqualTheTotalPlusRounding() throws {
        var rng = SplitMix64(seed: 1)
        for _ in 0..<Self.runs {
            var sale = try RandomSale(&rng)
            guard !sale.cart.isEmpty else { continue }
            let payment = try sale.pay(&rng)
            #expect(payment.paid - payment.change == payment.total + payment.rounding)
            #expect(abs(payment.rounding) * 2 <= sale.context.cashIncrement)
            #expect(payment.change >= 0)
            #expect(payment.change <= sale.cart.tenders.filter { $0.kind == .cash }.map(\.amount).reduce(0, +))
        }
    }

    @Test func taxLinesAddUpToTheTaxTotalUnderEveryPolicy() throws {
        var rng = SplitMix64(seed: 2)
        for _ in 0..<Self.runs {
            let sale = try RandomSale(&rng)
            let priced = try sale.context.price(sale.cart)
            #expect(priced.lines.reduce(0) { $0 + $1.taxTotal } == priced.taxTotal)
            for line in priced.taxLines {
                #expect(priced.lines.reduce(0) { $0 + ($1.tax[line.code] ?? 0) } == line.tax)
            }
            let nets = priced.lines.reduce(0) { $0 + $1.net }
            if priced.taxExempt {
                #expect(priced.taxTotal == 0)
            } else if priced.mode == .exclusive {
                #expect(priced.total == nets + priced.taxTotal)
            } else {
                #expect(priced.total == nets)
            }
        }
    }

    @Test func noAmountIsCreatedOrLostByDiscountsOrPromotions() throws {
        var rng = SplitMix64(seed: 3)
        for _ in 0..<Self.runs {
            let sale = try RandomSale(&rng)
            let priced = try sale.context.price(sale.cart)
            #expect(priced.subtotal - priced.discountTotal == priced.lines.reduce(0) { $0 + $1.net })
            #expect(priced.promotions.reduce(0) { $0 + $1.discount } == priced.lines.reduce(0) { $0 + $1.promotionDiscount })
            #expect(priced.lines.reduce(0) { $0 + $1.orderDiscount } == priced.orderDiscount)
            #expect(priced.lines.allSatisfy { $0.net >= 0 && $0.discountTotal >= 0 })
        }
    }

    @Test func aFullRefundReturnsExactlyWhatWasPaid() throws {
        var rng = SplitMix64(seed: 4)
        for index in 0..<Self.runs {
            var sale = try RandomSale(&rng)
            guard !sale.cart.isEmpty else { continue }
            let payment = try sale.pay(&rng)
            let order = try sale.cart.complete(id: "o\(index)", staffID: "s", context: sale.context)
            let refund = try RefundCalculator.against(order, cashIncrement: sale.context.cashIncrement)
            #expect(refund.total + refund.rounding == payment.paid - payment.change)
            #expect(refund.tenders.map(\.amount).reduce(0, +) == payment.paid - payment.change)
            #expect(refund.taxLines.map(\.tax) == order.priced.taxLines.map(\.tax))
        }
    }

    @Test func partialRefundsInAnyOrderAddUpToEachLine() throws {
        var rng = SplitMix64(seed: 5)
        for index in 0..<Self.runs {
            var sale = try RandomSale(&rng)
            guard !sale.cart.isEmpty else { continue }
            _ = try sale.pay(&rng)
            let order = try sale.cart.complete(id: "o\(index)", staffID: "s", context: sale.context)
            var refunds: [Refund] = []
            var left = Dictionary(uniqueKeysWithValues: order.priced.lines.map { ($0.line.id, $0.line.quantity.thousandths) })
            while let (id, quantity) = left.filter({ $0.value > 0 }).sorted(by: { $0.key < $1.key }).randomElement(using: &rng) {
                let unit: Int64 = order.priced.lines.first { $0.line.id == id }?.line.unit == .each ? 1000 : 1
                let take = Int64.random(in: 1...(quantity / unit), using: &rng) * unit
                refunds.append(try RefundCalculator.against(order, items: [id: Quantity(thousandths: take)], previous: refunds, cashIncrement: 1))
                left[id] = quantity - take
            }
            for line in order.priced.lines {
                let back = refunds.flatMap(\.lines).filter { $0.lineID == line.line.id }
                #expect(back.reduce(0) { $0 + $1.amount } == line.total)
                for (code, tax) in line.tax { #expect(back.reduce(0) { $0 + ($1.tax[code] ?? 0) } == tax) }
            }
        }
    }
}
