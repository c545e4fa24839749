import Testing
import TillCore

/// A tip rung up with the sale: the server's money, not the shop's sale, so no tax, discount or
/// points; one a sale; not refunded with the goods; reported by server, inside what was collected.
@Suite struct TipTests {
    let context: PricingContext
    var cart: Cart

    init() throws {
        context = try Fixture.swissContext()
        cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
        try cart.add(Fixture.product("risotto", 2_900, category: "mains"), at: Fixture.monday9)
        try cart.addTip(300, for: "mia")
    }

    @Test mutating func aTipTakesNoTaxOrDiscountAndOneIsEnough() throws {
        try cart.discountOrder(.percent(basisPoints: 1000))
        let priced = try context.price(cart)
        let tip = try #require(priced.lines.last)
        #expect(tip.line.tipFor == "mia" && tip.line.productID == .tip && tip.total == 300 && tip.tax.isEmpty && tip.discountTotal == 0)
        #expect(priced.total == 2_610 + 300)
        #expect(throws: CartError.badTender("a tip is on this sale already; void it to change it")) { try cart.addTip(100, for: "mia") }
        #expect(throws: CartError.badTender("no price change on a tip; void it and add it again")) {
            try cart.overridePrice(500, line: tip.line.id, approvedBy: nil)
        }
        #expect(throws: CartError.badTender("a tip must be above zero")) {
            var other = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
            try other.addTip(0, for: "mia")
        }
    }

    @Test mutating func theReportCountsTipsByServerApartFromSalesAndTheTendersStillAddUp() throws {
        try cart.addTender(.card, amount: 3_200, reference: "AUTH", context: context)
        let order = try cart.complete(id: "o-1", staffID: "ann", context: context)
        #expect(SaleFigures(order).total == 2_900 && SaleFigures(order).items == .one)
        let day = try BusinessDay("2026-12-03")
        var input = ReportInput(currency: Fixture.chf, from: day, to: day)
        input.count(order, on: day, hour: 20)
        input.tips = [TipCount(businessDay: day, serverID: "mia", tips: Tally(count: 1, amount: 300)),
                      TipCount(businessDay: day, serverID: "leo", training: true, tips: Tally(count: 1, amount: 999))]
        let report = try PeriodReport(input)
        #expect(report.sales == 2_900 && report.tips == Tally(count: 1, amount: 300) && report.tipsByServer == ["mia": Tally(count: 1, amount: 300)])
        #expect(report.collected == 3_200 && report.collected == report.tenders.reduce(0) { $0 + $1.amount })
        // A refund of everything gives back the risotto; the tip stays with the server
        let refund = try RefundCalculator.against(order, cashIncrement: 5)
        #expect(refund.total == 2_900 && refund.lines.map(\.productID) == ["risotto"])
        #expect(throws: RefundError.notRefundable(2)) { try RefundCalculator.against(order, items: [2: .one], cashIncrement: 5) }
        // And no points are earned on it
        #expect(try LoyaltyProgram.standard(for: Fixture.chf).earned(by: order, tier: nil, at: Fixture.monday9).total == 29)
    }
}
