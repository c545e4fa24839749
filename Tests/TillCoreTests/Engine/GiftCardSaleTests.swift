import Testing
import TillCore

/// A gift card sold as a line of a sale: money taken and owed to its holder, so it takes no tax,
/// discount, promotion or points, is paid with money only, is reported apart from sales and is not
/// refunded.
@Suite struct GiftCardSaleTests {
    let context: PricingContext
    var cart: Cart
    let card = try! VoucherCode("GIFT-0001")

    init() throws {
        // A Swiss shop with 20 % off snacks: a 4.50 bag of crisps, and 50.00 loaded onto a gift card
        let snacks = Promotion(id: "snacks", name: "Snacks 20 %", rule: .categoryPercent(category: "snacks", basisPoints: 2000))
        context = try Fixture.swissContext(promotions: [snacks])
        cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
        try cart.add(Fixture.product("crisps", 450, category: "snacks"), at: Fixture.monday9)
        try cart.loadGiftCard(card, amount: 5_000)
    }

    @Test mutating func theCardLineTakesNoTaxPromotionOrSaleDiscount() throws {
        // When 10 % comes off the whole sale
        try cart.discountOrder(.percent(basisPoints: 1000))
        let priced = try context.price(cart)
        let crisps = priced.lines[0], gift = priced.lines[1]
        // Then the crisps take the promotion (0.90) and the whole 10 % of what is left (0.36)
        #expect(crisps.promotionDiscount == 90 && crisps.orderDiscount == 36 && crisps.total == 324)
        // And the card loads exactly 50.00, untaxed
        #expect(gift.line.giftCard == "GIFT-0001" && gift.line.productID == .giftCard)
        #expect(gift.discountTotal == 0 && gift.tax.isEmpty && gift.total == 5_000)
        #expect(priced.total == 5_324 && priced.taxLines.map(\.base).reduce(0, +) == 324 - priced.taxTotal)
    }

    @Test mutating func itsAmountIsFixedAndACardIsLoadedOncePerSale() throws {
        let line = try #require(cart.lines.last).id
        #expect(throws: CartError.giftCard("GIFT-0001", reason: "no discount change on a card load; void the line and load the card again")) {
            try cart.discount(.percent(basisPoints: 500), line: line)
        }
        #expect(throws: CartError.self) { try cart.overridePrice(100, line: line, approvedBy: nil) }
        #expect(throws: CartError.self) { try cart.setQuantity(.each(2), line: line) }
        #expect(throws: CartError.giftCard("GIFT-0001", reason: "already on this sale; void that line to change its amount")) {
            try cart.loadGiftCard(try VoucherCode("gift-0001"), amount: 1_000)
        }
        #expect(throws: CartError.self) { try cart.loadGiftCard(try VoucherCode("GIFT-0002"), amount: 0) }
        // A voided load can be rung again with another amount
        try cart.void(line: line)
        try cart.loadGiftCard(card, amount: 2_000)
        #expect(try context.price(cart).total == 360 + 2_000)
    }

    @Test mutating func anotherCardsValueMayPayTheGoodsButNeverTheLoad() throws {
        // The goods come to 3.60; a voucher may pay them, not a cent of the card
        #expect(throws: CartError.badTender("gift cards are paid in cash or by card; voucher can pay at most 3.60 more (the goods)")) {
            try cart.addTender(.voucher, amount: 361, reference: "OLD-1", context: context)
        }
        try cart.addTender(.voucher, amount: 200, reference: "OLD-1", context: context)
        #expect(throws: CartError.self) { try cart.addTender(.points, amount: 161, reference: "161", context: context) }
        try cart.addTender(.points, amount: 160, reference: "160", context: context)
        // And the rest is money
        let payment = try cart.addTender(.card, amount: 5_000, reference: "AUTH", context: context)
        #expect(payment.isComplete)
    }

    @Test mutating func reportsCountTheLoadApartFromSalesAndTheTendersStillAddUp() throws {
        try cart.addTender(.cash, amount: 6_000, context: context)
        let order = try cart.complete(id: "o-1", staffID: "ann", context: context)
        let figures = SaleFigures(order)
        // The sale is the crisps; the card is counted on its own
        #expect(figures.gross == 450 && figures.discount == 90 && figures.total == 360 && figures.items == .one)
        #expect(figures.giftCards == Tally(count: 1, amount: 5_000))
        var input = ReportInput(currency: Fixture.chf, from: try BusinessDay("2026-12-03"), to: try BusinessDay("2026-12-03"))
        input.count(order, on: input.from, hour: 9)
        let report = try PeriodReport(input)
        #expect(report.sales == 360 && report.net == 360 && report.giftCards == Tally(count: 1, amount: 5_000))
        // 53.60 due, rounded to 53.60 in cash: collected is every franc the tenders took
        let taken = report.tenders.reduce(0) { $0 + $1.amount }
        #expect(report.collected == 5_360 && report.collected == taken)
    }

    @Test mutating func pointsAreNotEarnedOnALoad() throws {
        try cart.addTender(.card, amount: 5_360, reference: "AUTH", context: context)
        let order = try cart.complete(id: "o-1", staffID: "ann", context: context)
        // 1 point per franc: the 3.60 of crisps earn 3; the 50.00 card earns nothing
        #expect(try LoyaltyProgram.standard(for: Fixture.chf).earned(by: order, tier: nil, at: Fixture.monday9).total == 3)
    }

    @Test mutating func aRefundLeavesTheCardsValueOnTheCard() throws {
        try cart.addTender(.cash, amount: 5_360, context: context)
        let order = try cart.complete(id: "o-1", staffID: "ann", context: context)
        // Refunding everything refunds the crisps alone, in cash
        let refund = try RefundCalculator.against(order, cashIncrement: 5)
        #expect(refund.lines.map(\.productID) == ["crisps"] && refund.total == 360 && !refund.isFull)
        #expect(refund.tenders == [Tender(kind: .cash, amount: 360)])
        // And naming the card's line is refused
        #expect(throws: RefundError.notRefundable(2)) { try RefundCalculator.against(order, items: [2: .one], cashIncrement: 5) }
    }
}
