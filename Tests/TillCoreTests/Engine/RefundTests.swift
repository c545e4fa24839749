import Testing
import TillCore

@Suite struct RefundTests {
    let context: PricingContext
    let order: Order

    init() throws {
        // A Swiss sale: 3 teas at 3.35, a cake at 5.20, 10 % off the sale, paid 5.00 card and 20.00 cash
        context = try Fixture.swissContext()
        var cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
        try cart.add(Fixture.product("tea", 335, tax: ["reduced"]), quantity: .each(3), at: Fixture.monday9)
        try cart.add(Fixture.product("cake", 520), at: Fixture.monday9)
        try cart.discountOrder(.percent(basisPoints: 1000))
        try cart.addTender(.card, amount: 500, context: context)
        try cart.addTender(.cash, amount: 2000, context: context)
        order = try cart.complete(id: "o-1", staffID: "s-1", context: context)
    }

    @Test func theSaleIsWhatWeThinkItIs() {
        // 10.05 + 5.20 = 15.25, less 1.53 (10 %, rounded half up) = 13.72; after the card, 8.72 → 8.70 in cash
        #expect(order.priced.total == 1372)
        #expect(order.payment.rounding == -2)
        #expect(order.payment.change == 1130)
    }

    @Test func aFullRefundReturnsExactlyWhatEachTenderPaid() throws {
        let refund = try RefundCalculator.against(order, cashIncrement: context.cashIncrement)
        #expect(refund.isFull)
        #expect(refund.total == order.priced.total)
        #expect(refund.total + refund.rounding == order.payment.paid - order.payment.change)
        #expect(refund.tenders == [Tender(kind: .card, amount: 500), Tender(kind: .cash, amount: 870)])
        #expect(refund.taxLines.map(\.tax) == order.priced.taxLines.map(\.tax))
    }

    @Test func partialRefundsAddUpToTheLineExactly() throws {
        // When the teas come back one at a time
        var refunds: [Refund] = []
        for _ in 0..<3 {
            refunds.append(try RefundCalculator.against(order, items: [1: .one], previous: refunds, cashIncrement: 1))
        }
        // Then the three refunds add up to exactly what the tea line cost, tax included
        let teaLine = order.priced.lines[0]
        #expect(refunds.map(\.total).reduce(0, +) == teaLine.total)
        #expect(refunds.map { $0.lines[0].tax["reduced"] ?? 0 }.reduce(0, +) == teaLine.tax["reduced"])
        #expect(Set(refunds.map(\.total)).count <= 2)
        // And a fourth is refused
        #expect(throws: RefundError.quantityExceeds(line: 1, refundable: Quantity(thousandths: 0))) {
            try RefundCalculator.against(order, items: [1: .one], previous: refunds, cashIncrement: 1)
        }
    }

    @Test func aPartialRefundGoesBackToTheCardFirstThenCash() throws {
        let cake = try RefundCalculator.against(order, items: [2: .one], cashIncrement: context.cashIncrement)
        #expect(cake.tenders == [Tender(kind: .card, amount: 468)])
        let teas = try RefundCalculator.against(order, items: [1: .each(3)], previous: [cake], cashIncrement: context.cashIncrement)
        #expect(teas.tenders.first == Tender(kind: .card, amount: 32))
        #expect(teas.tenders.last?.kind == .cash)
        #expect(teas.total + teas.rounding == teas.tenders.map(\.amount).reduce(0, +))
    }

    @Test func unknownLinesAreRefused() {
        #expect(throws: RefundError.noSuchLine(9)) { try RefundCalculator.against(order, items: [9: .one], cashIncrement: 1) }
        #expect(throws: RefundError.nothingToRefund) { try RefundCalculator.against(order, items: [:], cashIncrement: 1) }
    }

    @Test func aReturnWithoutReceiptIsPricedTodayAndFlagged() throws {
        var cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
        try cart.add(Fixture.product("mug", 1298), at: Fixture.monday9)
        let refund = try RefundCalculator.withoutReceipt(cart, context: context)
        #expect(refund.withoutReceipt)
        #expect(refund.originalOrderID == nil)
        #expect(refund.tenders == [Tender(kind: .cash, amount: 1300)])
        #expect(refund.rounding == 2)
    }
}
