import Testing
import TillCore

/// Receipts worked by hand, to the cent.
@Suite struct WorkedReceiptTests {
    @Test func swissCafeWithInclusiveVATAndCashRoundingToFiveRappen() throws {
        // Given a cappuccino at 5.20 (8.1 %) and a Gipfeli at 1.92 (2.6 %), prices including VAT
        let context = try Fixture.swissContext()
        var cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
        try cart.add(Fixture.product("cappuccino", 520), at: Fixture.monday9)
        try cart.add(Fixture.product("gipfeli", 192, tax: ["reduced"]), at: Fixture.monday9)

        // When it is priced and paid with a 10 franc note
        let priced = try context.price(cart)
        let payment = try cart.addTender(.cash, amount: 1000, context: context)

        // Then VAT is 0.39 on 4.81 and 0.05 on 1.87, the total 7.12 is rounded to 7.10 in cash
        #expect(priced.total == 712)
        #expect(priced.taxLines == [
            TaxLine(code: "reduced", rate: try TaxRate(percent: "2.6"), base: 187, tax: 5),
            TaxLine(code: "standard", rate: try TaxRate(percent: "8.1"), base: 481, tax: 39),
        ])
        #expect(payment.rounding == -2)
        #expect(payment.due == 710)
        #expect(payment.change == 290)
        #expect(payment.isComplete)
    }

    @Test func newYorkExclusiveSalesTaxPerLineAndPerTotal() throws {
        // Given 2.99 + 4.49 + 1.00 before tax at 8.875 %
        for (rounding, tax) in [(TaxRounding.perLine, Int64(76)), (.perTotal, 75)] {
            let context = try Fixture.newYorkContext(rounding: rounding)
            var cart = Cart(currency: Fixture.usd, openedAt: Fixture.monday9)
            for (id, price) in [("soap", Int64(299)), ("towel", 449), ("gum", 100)] {
                try cart.add(Fixture.product(id, price), at: Fixture.monday9)
            }
            // When priced
            let priced = try context.price(cart)
            // Then per line: 0.27 + 0.40 + 0.09 = 0.76; per total: 8.48 × 8.875 % = 0.7526 → 0.75
            #expect(priced.taxTotal == tax)
            #expect(priced.total == 848 + tax)
            #expect(priced.lines.reduce(0) { $0 + $1.taxTotal } == tax)
            #expect(priced.taxLines.first?.base == 848)
        }
    }

    @Test func cashRoundingGoesToTheNearestFiveRappen() throws {
        #expect(try PaymentSummary.roundToIncrement(712, 5) == 710)
        #expect(try PaymentSummary.roundToIncrement(713, 5) == 715)
        #expect(try PaymentSummary.roundToIncrement(1249, 10) == 1250)
        #expect(try PaymentSummary.roundToIncrement(1249, 100) == 1200)
        #expect(try PaymentSummary.roundToIncrement(1249, 1) == 1249)
    }

    @Test func splitTenderCardThenCashRoundsOnlyTheCashPart() throws {
        let context = try Fixture.swissContext()
        var cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
        try cart.add(Fixture.product("sandwich", 1287), at: Fixture.monday9)
        try cart.addTender(.card, amount: 1000, reference: "AUTH42", context: context)
        let payment = try cart.addTender(.cash, amount: 300, context: context)
        #expect(payment.rounding == -2)
        #expect(payment.change == 15)
        #expect(payment.paid - payment.change == payment.total + payment.rounding)
    }

    @Test func cardCannotExceedTheAmountDue() throws {
        let context = try Fixture.newYorkContext()
        var cart = Cart(currency: Fixture.usd, openedAt: Fixture.monday9)
        try cart.add(Fixture.product("gum", 100), at: Fixture.monday9)
        #expect(throws: CartError.tenderExceedsDue(due: Money(minorUnits: 109, currency: Fixture.usd),
                                                   offered: Money(minorUnits: 500, currency: Fixture.usd))) {
            try cart.addTender(.card, amount: 500, context: context)
        }
        try cart.addTender(.card, amount: 109, context: context)
        #expect(throws: CartError.alreadyPaid) { try cart.addTender(.cash, amount: 100, context: context) }
        #expect(throws: CartError.paymentInProgress) { try cart.void(line: 1) }
        let order = try cart.complete(id: "o-1", staffID: "s-1", context: context)
        #expect(order.payment.paid == 109)
    }

    @Test func unpaidCartsDoNotComplete() throws {
        let context = try Fixture.newYorkContext()
        var cart = Cart(currency: Fixture.usd, openedAt: Fixture.monday9)
        #expect(throws: CartError.emptyCart) { try cart.complete(id: "x", staffID: "s", context: context) }
        try cart.add(Fixture.product("gum", 100), at: Fixture.monday9)
        try cart.addTender(.cash, amount: 50, context: context)
        #expect(throws: CartError.notPaid(remaining: Money(minorUnits: 59, currency: Fixture.usd))) {
            try cart.complete(id: "x", staffID: "s", context: context)
        }
    }

    @Test func taxExemptSalesPayNoTax() throws {
        let swiss = try Fixture.swissContext()
        var cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
        try cart.add(Fixture.product("cappuccino", 520), at: Fixture.monday9)
        cart.taxExempt = true
        let inclusive = try swiss.price(cart)
        #expect(inclusive.total == 481)
        #expect(inclusive.taxLines.isEmpty)

        let ny = try Fixture.newYorkContext()
        var us = Cart(currency: Fixture.usd, openedAt: Fixture.monday9)
        try us.add(Fixture.product("soap", 299), at: Fixture.monday9)
        us.taxExempt = true
        #expect(try ny.price(us).total == 299)
    }

    @Test func moreThanOneTaxOnAnItemSharesTheSameBase() throws {
        let table = try TaxTable([
            TaxClass(code: "state", rate: TaxRate(percent: "4")),
            TaxClass(code: "city", rate: TaxRate(percent: "4.5")),
        ])
        let calculator = TaxCalculator(table: table, policy: TaxPolicy(mode: .exclusive))
        let breakdown = try calculator.compute([TaxableAmount(amount: 1000, codes: ["state", "city"])])
        #expect(breakdown.lines.map(\.tax) == [45, 40])
        #expect(breakdown.lines.map(\.base) == [1000, 1000])

        let inclusive = TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive))
        let split = try inclusive.compute([TaxableAmount(amount: 1085, codes: ["state", "city"])])
        #expect(split.lines.map(\.tax) == [45, 40])
        #expect(split.lines.map(\.base) == [1000, 1000])
    }

    @Test func unknownTaxClassIsRefused() throws {
        let context = try Fixture.swissContext()
        var cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
        try cart.add(Fixture.product("mystery", 100, tax: ["luxury"]), at: Fixture.monday9)
        #expect(throws: CartError.tax(.unknownClass("luxury"))) { try context.price(cart) }
    }

    @Test func taxRatesReadAndPrintToFourDecimals() throws {
        #expect(try TaxRate(percent: "8.1").millionths == 81_000)
        #expect(try TaxRate(percent: "8,875").millionths == 88_750)
        #expect(try TaxRate(percent: "7.7").description == "7.7%")
        #expect(try TaxRate(percent: "0").description == "0%")
        #expect(throws: TaxError.badRate("8.12345")) { try TaxRate(percent: "8.12345") }
        #expect(throws: TaxError.badRate("101")) { try TaxRate(percent: "101") }
        #expect(throws: TaxError.duplicateClass("a")) {
            try TaxTable([TaxClass(code: "a", rate: TaxRate(millionths: 1)), TaxClass(code: "a", rate: TaxRate(millionths: 2))])
        }
    }
}
