import Foundation
import Testing
import TillCore

@Suite struct CartTests {
    let context: PricingContext
    var cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)

    init() throws { context = try Fixture.swissContext() }

    @Test mutating func quantityMultiplierAndSplitPackPricing() throws {
        // Given limes at "3 for 1.00" and a counted item rung up three times at once
        var limes = Fixture.product("lime", 100)
        limes.pricedPer = .each(3)
        try cart.add(limes, quantity: .each(2), at: Fixture.monday9)
        try cart.add(Fixture.product("water", 150), quantity: .each(3), at: Fixture.monday9)
        let priced = try context.price(cart)
        // Then two limes sell for 0.67 and three waters for 4.50
        #expect(priced.lines.map(\.gross) == [67, 450])
        #expect(priced.itemCount == .each(5))
    }

    @Test mutating func weighedItemsPricePerKilogram() throws {
        let apples = Fixture.product("apples", 380, tax: ["reduced"], unit: .kilogram)
        try cart.add(apples, quantity: .grams(1234), at: Fixture.monday9)
        #expect(try context.price(cart).lines[0].gross == 469) // 1.234 kg × 3.80 = 4.6892
        #expect(throws: CartError.badQuantity("water", reason: "is counted in whole items")) {
            try cart.add(Fixture.product("water", 150), quantity: .grams(500), at: Fixture.monday9)
        }
    }

    @Test mutating func whatACashierIsStoppedFor() throws {
        var wine = Fixture.product("wine", 1500)
        wine.minimumAge = 18
        #expect(throws: CartError.ageCheckRequired("wine", minimumAge: 18)) { try cart.add(wine, at: Fixture.monday9) }
        try cart.add(wine, ageConfirmed: true, at: Fixture.monday9)

        var soup = Fixture.product("soup", 800)
        soup.soldOut = true
        #expect(throws: CartError.soldOut("soup")) { try cart.add(soup, at: Fixture.monday9) }

        var breakfast = Fixture.product("breakfast", 1200)
        breakfast.availability = [TimeWindow(from: (7, 0), to: (11, 0))]
        try cart.add(breakfast, at: Fixture.monday9)
        #expect(throws: CartError.notAvailableNow("breakfast")) {
            try cart.add(breakfast, at: LocalTime(weekday: 1, hour: 11, minute: 0))
        }

        var misc = Fixture.product("misc", 0)
        misc.openPrice = true
        #expect(throws: CartError.priceRequired("misc")) { try cart.add(misc, at: Fixture.monday9) }
        try cart.add(misc, openPrice: 995, at: Fixture.monday9)
        #expect(try context.price(cart).total == 1500 + 1200 + 995)
    }

    @Test mutating func happyHourPriceAppliesWhenRungUp() throws {
        var beer = Fixture.product("beer", 700)
        beer.timedPrices = [TimedPrice(window: TimeWindow(weekdays: [5], from: (17, 0), to: (19, 0)), price: 500)]
        try cart.add(beer, at: LocalTime(weekday: 5, hour: 17, minute: 30))
        try cart.add(beer, at: LocalTime(weekday: 5, hour: 19, minute: 0))
        #expect(try context.price(cart).lines.map(\.gross) == [500, 700])
    }

    @Test mutating func modifiersAreCheckedAndPriced() throws {
        var latte = Fixture.product("latte", 480)
        latte.modifierGroups = [
            ModifierGroup(id: "size", name: "Size", minChoices: 1, maxChoices: 1,
                          options: [ModifierOption(id: "s", name: "Small", priceDelta: -40), ModifierOption(id: "l", name: "Large", priceDelta: 60)]),
            ModifierGroup(id: "milk", name: "Milk", minChoices: 0, maxChoices: 2,
                          options: [ModifierOption(id: "oat", name: "Oat", priceDelta: 70), ModifierOption(id: "soy", name: "Soy", priceDelta: 50)]),
        ]
        #expect(throws: CartError.modifierChoice("latte", group: "Size", reason: "choose at least 1")) {
            try cart.add(latte, at: Fixture.monday9)
        }
        #expect(throws: CartError.modifierChoice("latte", group: "Milk", reason: "'rice' is not an option")) {
            try cart.add(latte, modifiers: ["size": ["l"], "milk": ["rice"]], at: Fixture.monday9)
        }
        #expect(throws: CartError.modifierChoice("latte", group: "sugar", reason: "is not a choice for this item")) {
            try cart.add(latte, modifiers: ["size": ["l"], "sugar": ["yes"]], at: Fixture.monday9)
        }
        try cart.add(latte, modifiers: ["size": ["l"], "milk": ["oat"]], at: Fixture.monday9)
        #expect(cart.lines[0].modifiers.map(\.name) == ["Large", "Oat"])
        #expect(try context.price(cart).total == 610)
    }

    @Test mutating func voidedLinesStayButCountForNothing() throws {
        let id = try cart.add(Fixture.product("tea", 400), at: Fixture.monday9)
        try cart.add(Fixture.product("cake", 550), at: Fixture.monday9)
        try cart.void(line: id)
        #expect(cart.lines.count == 2)
        #expect(cart.lines[0].voided)
        #expect(try context.price(cart).total == 550)
        #expect(throws: CartError.lineVoided(id)) { try cart.void(line: id) }
        #expect(throws: CartError.noSuchLine(99)) { try cart.void(line: 99) }
    }

    @Test mutating func discountsAndOverridesAddUp() throws {
        let tea = try cart.add(Fixture.product("tea", 400), at: Fixture.monday9)
        let cake = try cart.add(Fixture.product("cake", 550), at: Fixture.monday9)
        let pie = try cart.add(Fixture.product("pie", 300), at: Fixture.monday9)
        try cart.discount(.percent(basisPoints: 1000), line: tea)
        try cart.discount(.amount(50), line: cake)
        try cart.overridePrice(250, line: pie, approvedBy: "sup-1")
        try cart.discountOrder(.percent(basisPoints: 500))
        let priced = try context.price(cart)
        // 3.60 + 5.00 + 2.50 = 11.10, then 5 % off = 0.56 spread over the lines
        #expect(priced.orderDiscount == 56)
        #expect(priced.total == 1054)
        #expect(priced.subtotal - priced.discountTotal == priced.total)
        #expect(cart.lines[2].priceOverride == PriceOverride(price: 250, approvedBy: "sup-1"))
        #expect(throws: CartError.badDiscount("6.00 is more than the 5.50 it applies to")) {
            try cart.discount(.amount(600), line: cake)
        }
        #expect(throws: CartError.badDiscount("percent must be above 0 and at most 100")) {
            try cart.discount(.percent(basisPoints: 10_001), line: cake)
        }
        #expect(Discount.amount(50).basisPoints(of: 550) == 910)
    }

    @Test mutating func aSuspendedSaleResumesExactlyAfterARoundTripThroughJSON() throws {
        try cart.add(Fixture.product("tea", 400), quantity: .each(2), at: Fixture.monday9)
        try cart.discountOrder(.amount(100))
        cart.customerID = "c-7"
        let parked = try cart.suspend(id: "park-1", label: "blue coat")
        let data = try JSONEncoder().encode(parked)
        let back = try JSONDecoder().decode(SuspendedSale.self, from: data)
        #expect(back == parked)
        #expect(try context.price(back.cart) == context.price(cart))

        try cart.addTender(.card, amount: 100, context: context)
        #expect(throws: CartError.paymentInProgress) { try cart.suspend(id: "park-2") }
        try cart.removeLastTender()
        #expect(cart.tenders.isEmpty)
    }

    @Test mutating func overflowingPricesAreErrorsNotCrashes() throws {
        let absurd = Fixture.product("absurd", Int64.max / 2)
        #expect(throws: CartError.money(.overflow)) { try cart.add(absurd, quantity: .each(3), at: Fixture.monday9) }
        try cart.add(absurd, at: Fixture.monday9)
        try cart.add(absurd, at: Fixture.monday9)
        try cart.add(absurd, at: Fixture.monday9)
        #expect(throws: CartError.money(.overflow)) { try context.price(cart) }
    }
}
