import Testing
import TillCore

@Suite struct PromotionTests {
    let t = Fixture.monday9

    func priced(_ products: [(Product, Int64)], _ promotions: [Promotion], at time: LocalTime = Fixture.monday9) throws -> PricedCart {
        let context = try Fixture.newYorkContext(promotions: promotions)
        var cart = Cart(currency: Fixture.usd, openedAt: time)
        for (product, count) in products { try cart.add(product, quantity: .each(count), at: time) }
        return try context.price(cart)
    }

    @Test func mixAndMatchTakesTheDearestItemsIntoEachGroup() throws {
        // Given "any 3 juices for 5.00" and four juices at 2.50, 2.00, 2.00, 1.50
        let juices = ItemSelector.category("juice")
        let promo = Promotion(id: "p1", name: "3 juices for 5", rule: .mixAndMatch(items: juices, quantity: 3, price: 500))
        let orange = Fixture.product("orange", 250, category: "juice")
        let apple = Fixture.product("apple", 200, category: "juice")
        let carrot = Fixture.product("carrot", 150, category: "juice")
        let result = try priced([(orange, 1), (apple, 2), (carrot, 1)], [promo])
        // Then 2.50 + 2.00 + 2.00 become 5.00 (1.50 off) and the carrot juice pays full price
        #expect(result.promotions == [AppliedPromotion(promotionID: "p1", name: "3 juices for 5", discount: 150)])
        // 1.50 is spread 2.50 : 2.00 : 2.00 over the group's units
        #expect(result.lines.map(\.promotionDiscount) == [58, 92, 0])
        #expect(result.lines.reduce(0) { $0 + $1.net } == 500 + 150)
    }

    @Test func mixAndMatchThatWouldCostMoreIsNotApplied() throws {
        let promo = Promotion(id: "p", name: "2 for 5", rule: .mixAndMatch(items: .category("juice"), quantity: 2, price: 500))
        let result = try priced([(Fixture.product("apple", 200, category: "juice"), 2)], [promo])
        #expect(result.promotions.isEmpty)
    }

    @Test func buyTwoGetOneFreeGivesTheCheapestFree() throws {
        let shirts = ItemSelector.category("shirt")
        let promo = Promotion(id: "b2g1", name: "3 for 2", rule: .buyGet(buy: shirts, buyQuantity: 2, get: shirts, getQuantity: 1, basisPoints: 10_000))
        let result = try priced([
            (Fixture.product("red", 3000, category: "shirt"), 1),
            (Fixture.product("blue", 2000, category: "shirt"), 1),
            (Fixture.product("white", 1000, category: "shirt"), 1),
        ], [promo])
        #expect(result.lines.map(\.promotionDiscount) == [0, 0, 1000])
    }

    @Test func buyABurgerGetFriesHalfPrice() throws {
        let burger = Fixture.product("burger", 900, category: "mains")
        let fries = Fixture.product("fries", 400, category: "sides")
        let promo = Promotion(id: "combo", name: "Fries half price", rule: .buyGet(
            buy: .products([burger.id]), buyQuantity: 1, get: .products([fries.id]), getQuantity: 1, basisPoints: 5000))
        let result = try priced([(burger, 2), (fries, 3)], [promo])
        // Two burgers earn two half-price fries; the third is full price
        #expect(result.lines.map(\.promotionDiscount) == [0, 400])
    }

    @Test func categoryPercentAndTimeWindows() throws {
        let happyHour = TimeWindow(weekdays: [1, 2, 3, 4, 5], from: (17, 0), to: (19, 0))
        let promo = Promotion(id: "hh", name: "Happy hour -20%", rule: .categoryPercent(category: "beer", basisPoints: 2000), windows: [happyHour])
        let beer = Fixture.product("ipa", 650, category: "beer")
        #expect(try priced([(beer, 2)], [promo], at: LocalTime(weekday: 3, hour: 17, minute: 45)).lines[0].promotionDiscount == 260)
        #expect(try priced([(beer, 2)], [promo], at: LocalTime(weekday: 6, hour: 17, minute: 45)).lines[0].promotionDiscount == 0)
    }

    @Test func competingPromotionsGiveTheCustomerTheBestPrice() throws {
        // Given 4 sodas at 1.00 in two promotions over the same units: 10 % off drinks, or 4 for 3.00
        let soda = Fixture.product("soda", 100, category: "drinks")
        let tenPercent = Promotion(id: "a", name: "Drinks -10%", rule: .categoryPercent(category: "drinks", basisPoints: 1000))
        let fourForThree = Promotion(id: "b", name: "4 for 3", rule: .mixAndMatch(items: .category("drinks"), quantity: 4, price: 300))
        // When listed either way round, then 4 for 3 wins (1.00 off beats 0.40 off)
        for promotions in [[tenPercent, fourForThree], [fourForThree, tenPercent]] {
            let result = try priced([(soda, 4)], promotions)
            #expect(result.promotions.map(\.promotionID) == ["b"])
            #expect(result.lines[0].promotionDiscount == 100)
        }
        // And a fifth soda takes the 10 % on what is left
        let five = try priced([(soda, 5)], [tenPercent, fourForThree])
        #expect(five.lines[0].promotionDiscount == 110)
    }

    @Test func linesWithManualDiscountsStayOutOfPromotions() throws {
        let context = try Fixture.newYorkContext(promotions: [
            Promotion(id: "a", name: "-50%", rule: .categoryPercent(category: "x", basisPoints: 5000)),
        ])
        var cart = Cart(currency: Fixture.usd, openedAt: t)
        let id = try cart.add(Fixture.product("thing", 1000, category: "x"), at: t)
        try cart.discount(.percent(basisPoints: 1000), line: id)
        let result = try context.price(cart)
        #expect(result.lines[0].promotionDiscount == 0)
        #expect(result.lines[0].lineDiscount == 100)
    }
}
