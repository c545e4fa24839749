import TillCore

/// Orders for the document tests: one that sets everything a document may leave out, and one small
/// enough to keep its stored document in the test.
enum OrderJSONFixture {
    /// Every optional member set, every discount and tender kind, and names JSON must escape.
    static func fullOrder() throws -> Order {
        let table = try TaxTable([
            TaxClass(code: "standard", rate: TaxRate(percent: "8.1")),
            TaxClass(code: "Z-city", rate: TaxRate(percent: "1")),
            TaxClass(code: "ä-reduced", rate: TaxRate(percent: "2.6")),
            TaxClass(code: "e\u{301}", rate: TaxRate(percent: "0.5")),
            TaxClass(code: "f", rate: TaxRate(percent: "3")),
        ])
        let snacks = Promotion(id: "promo/\"snacks\"", name: "15 % off \"snacks\"\n", rule: .categoryPercent(category: "snacks", basisPoints: 1500))
        let context = PricingContext(currency: Fixture.chf, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .exclusive)),
                                     promotions: [snacks], cashIncrement: 5)
        let time = Fixture.monday9
        let milk = ModifierGroup(id: "milk", name: "Milk", options: [
            ModifierOption(id: "oat", name: "Oat \"barista\" \\ 🥛", priceDelta: 50), ModifierOption(id: "soy", name: "Soy"),
        ])
        let beer = Product(id: "beer/1", sku: "B\\1", name: "Café \"Linde\"\\ n/a\n\t\u{1}\u{7F} 🍺", categoryID: "drinks", price: 450,
                           taxCodes: ["standard", "Z-city"], minimumAge: 18, modifierGroups: [milk])
        let apples = Product(id: "apples", sku: "A", name: "Äpfel", price: 399, taxCodes: ["ä-reduced", "e\u{301}", "f"], unit: .kilogram)
        let crisps = Product(id: "crisps", sku: "C", name: "Crisps", categoryID: "snacks", price: 500, taxCodes: ["f", "standard"])
        var cart = Cart(currency: Fixture.chf, openedAt: time)
        let coffee = try cart.add(beer, quantity: .each(2), modifiers: ["milk": ["oat"]], ageConfirmed: true, at: time)
        try cart.discount(.percent(basisPoints: 1000), line: coffee)
        let weighed = try cart.add(apples, quantity: .grams(734), at: time)
        try cart.discount(.amount(50), line: weighed)
        try cart.overridePrice(300, line: try cart.add(crisps, at: time), approvedBy: "sup \"2\"")
        try cart.overridePrice(250, line: try cart.add(crisps, at: time), approvedBy: nil)
        try cart.void(line: try cart.add(crisps, at: time))
        try cart.add(crisps, quantity: .each(3), at: time)
        try cart.loadGiftCard(try VoucherCode("gift-7"), amount: 2_500)
        try cart.addTip(150, for: "staff \"1\"")
        try cart.discountOrder(.amount(100))
        cart.customerID = "cust/\"1\""
        try cart.addTender(.card, amount: 1000, reference: "AUTH/7\"", context: context)
        try cart.addTender(.voucher, amount: 500, context: context)
        try cart.addTender(.storeCredit, amount: 200, reference: "SC-1", context: context)
        try cart.addTender(.other("Twint \\ \"pay\""), amount: 100, context: context)
        let due = try cart.payment(context).cashDue(increment: context.cashIncrement)
        try cart.addTender(.cash, amount: due + 20, context: context)
        return try cart.complete(id: "order/1", staffID: "staff \"1\"", training: true, context: context)
    }

    /// One line paid in cash: the order of `storedDocument`.
    static func smallOrder() throws -> Order {
        let context = try Fixture.swissContext()
        var cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
        try cart.add(Fixture.product("tea", 350, category: "drinks"), quantity: .each(2), at: Fixture.monday9)
        try cart.addTender(.cash, amount: 1000, context: context)
        return try cart.complete(id: "sale-1", staffID: "staff-1", context: context)
    }

    /// `smallOrder()` as `JSONEncoder` with `.sortedKeys` stored it, before orders were written by hand.
    static let storedDocument = #"{"cart":{"currency":{"code":"CHF","exponent":2},"lines":[{"categoryID":"drinks","id":1,"#
        + #""modifiers":[],"name":"tea","pricedPer":{"thousandths":1000},"productID":"tea","#
        + #""quantity":{"thousandths":2000},"sku":"tea","taxCodes":["standard"],"unit":"each","unitPrice":350,"#
        + #""voided":false}],"nextLineID":2,"openedAt":{"minuteOfDay":540,"weekday":1},"taxExempt":false,"#
        + #""tenders":[{"amount":1000,"kind":{"cash":{}}}]},"id":"sale-1","payment":{"change":300,"paid":1000,"#
        + #""remaining":0,"rounding":0,"total":700},"prices":{"lines":[{"gross":700,"id":1,"lineDiscount":0,"#
        + #""net":700,"orderDiscount":0,"promotionDiscount":0,"tax":{"standard":52},"total":700}],"#
        + #""mode":"inclusive","orderDiscount":0,"promotions":[],"taxExempt":false,"taxLines":[{"base":648,"#
        + #""code":"standard","rate":{"millionths":81000},"tax":52}]},"staffID":"staff-1","training":false}"#
}
