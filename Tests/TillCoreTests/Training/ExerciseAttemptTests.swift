import Foundation
import Testing
import TillCore

/// Exercises checked against what a trainee does, and scored.
@Suite struct ExerciseAttemptTests {
    static let chf = Currency(code: "CHF", exponent: 2)
    static let now = LocalTime(weekday: 2, hour: 10, minute: 0)
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static let options = [
        ModifierGroup(id: "size", name: "Size", minChoices: 1, maxChoices: 1, options: [
            ModifierOption(id: "regular", name: "Regular"), ModifierOption(id: "large", name: "Large", priceDelta: 80)]),
        ModifierGroup(id: "milk", name: "Milk", minChoices: 0, maxChoices: 1, options: [
            ModifierOption(id: "oat", name: "Oat milk", priceDelta: 50)]),
    ]
    static let flatWhite = Product(id: ProductID("flat-white"), sku: "FW", name: "Flat white", price: 590, taxCodes: ["standard"],
                                   modifierGroups: options)
    static let espresso = Product(id: ProductID("espresso"), sku: "ES", name: "Espresso", price: 420, taxCodes: ["standard"])

    static func pricing() throws -> PricingContext {
        PricingContext(currency: chf, tax: TaxCalculator(table: try TaxTable([TaxClass(code: "standard", rate: TaxRate(millionths: 81_000))]),
                                                         policy: TaxPolicy(mode: .inclusive)), cashIncrement: 5)
    }

    /// "Three flat whites, one with oat milk, paid by card; then refund the oat one."
    static let flatWhites = Exercise(
        id: "flat-whites", title: "Three flat whites", instructions: ["Ring up three flat whites, one with oat milk, paid by card",
                                                                      "Refund the oat one"],
        steps: [
            .sale(SaleGoal(items: [ItemGoal(product: ProductID("flat-white"), quantity: .each(2), options: ["regular"]),
                                   ItemGoal(product: ProductID("flat-white"), options: ["regular", "oat"])], tenders: [.card])),
            .refund([ItemGoal(product: ProductID("flat-white"), options: ["regular", "oat"])]),
        ],
        parKeystrokes: 30, parSeconds: 60)

    /// Rings `lines` (product, count, options) and pays with `tender`, voiding `voids` extra espressos on the way.
    static func sale(_ lines: [(Product, Int64, [String: [String]])], tender: TenderKind, voids: Int = 0) throws -> Order {
        let context = try pricing()
        var cart = Cart(currency: chf, openedAt: now)
        for _ in 0..<voids { try cart.void(line: try cart.add(espresso, at: now)) }
        for (product, count, options) in lines { try cart.add(product, quantity: .each(count), modifiers: options, at: now) }
        try cart.addTender(tender, amount: try context.price(cart).total, reference: tender == .card ? "AUTH" : nil, context: context)
        return try cart.complete(id: "sale", staffID: "trainee", training: true, context: context)
    }

    static let regular = ["size": ["regular"]]
    static let oat = ["size": ["regular"], "milk": ["oat"]]

    @Test func theRightSaleAndRefundFinishTheExerciseWithFullMarks() throws {
        // Given the exercise started
        var attempt = ExerciseAttempt(Self.flatWhites, startedAt: Self.start)

        // When the trainee rings two plain flat whites and an oat one by card, in 20 keys, then refunds the oat one
        for _ in 0..<20 { attempt.record(.keystroke, at: Self.start) }
        let order = try Self.sale([(Self.flatWhite, 2, Self.regular), (Self.flatWhite, 1, Self.oat)], tender: .card)
        attempt.record(.saleCompleted(order), at: Self.start.addingTimeInterval(30))
        #expect(attempt.completedSteps == 1 && !attempt.isFinished)
        let oatLine = try #require(order.cart.lines.last?.id)
        let refund = try RefundCalculator.against(order, items: [oatLine: .one], cashIncrement: 5)
        attempt.record(.refunded(refund, of: order), at: Self.start.addingTimeInterval(50))

        // Then it is done in 50 s with no mistakes: full marks
        #expect(attempt.isFinished)
        #expect(attempt.score == ExerciseScore(seconds: 50, keystrokes: 20, mistakes: 0, points: 100))
    }

    @Test func theItemsMayBeRungAsOneLineOrSeveral() throws {
        // Given three separate lines for the plain ones' quantity of two
        var attempt = ExerciseAttempt(Self.flatWhites, startedAt: Self.start)
        let order = try Self.sale([(Self.flatWhite, 1, Self.regular), (Self.flatWhite, 1, Self.oat), (Self.flatWhite, 1, Self.regular)],
                                  tender: .card)
        // When the sale completes; Then the step is met
        attempt.record(.saleCompleted(order), at: Self.start)
        #expect(attempt.completedSteps == 1 && attempt.mistakes.isEmpty)
    }

    @Test func aWrongTenderAWrongItemAndARefusalAreMistakes() throws {
        var attempt = ExerciseAttempt(Self.flatWhites, startedAt: Self.start)
        // When the right items are paid in cash, then the oat milk is forgotten, and Till refuses a key
        attempt.record(.saleCompleted(try Self.sale([(Self.flatWhite, 2, Self.regular), (Self.flatWhite, 1, Self.oat)], tender: .cash)),
                       at: Self.start)
        attempt.record(.saleCompleted(try Self.sale([(Self.flatWhite, 3, Self.regular)], tender: .card)), at: Self.start)
        attempt.record(.refused("There is no PLU 999"), at: Self.start)

        // Then none completes the step, and each is a mistake
        #expect(attempt.completedSteps == 0)
        #expect(attempt.mistakes.count == 3)
        #expect(attempt.mistakes.last == "There is no PLU 999")
    }

    @Test func voidsTheSaleDidNotAskForCostPointsAndSoDoKeysAndTimeOverPar() throws {
        // Given a one-step exercise: an espresso in cash, par 10 keys and 20 s
        let exercise = Exercise(id: "espresso", title: "Espresso", instructions: ["Sell an espresso for cash"],
                                steps: [.sale(SaleGoal(items: [ItemGoal(product: ProductID("espresso"))], tenders: [.cash]))],
                                parKeystrokes: 10, parSeconds: 20)
        var attempt = ExerciseAttempt(exercise, startedAt: Self.start)

        // When it takes 35 keys, 2 voids along the way and 80 s
        for _ in 0..<35 { attempt.record(.keystroke, at: Self.start) }
        attempt.record(.lineVoided, at: Self.start)
        attempt.record(.lineVoided, at: Self.start)
        attempt.record(.saleCompleted(try Self.sale([(Self.espresso, 1, [:])], tender: .cash, voids: 2)), at: Self.start.addingTimeInterval(80))

        // Then: the 2 voids are one mistake (10 points), 25 keys over par cost 5, 60 s over par cost 6
        #expect(attempt.mistakes == ["2 line(s) voided that the sale did not need"])
        #expect(attempt.score == ExerciseScore(seconds: 80, keystrokes: 35, mistakes: 1, points: 79))
    }

    @Test func aVoidTheSaleAsksForIsNoMistake() throws {
        let exercise = Exercise(id: "void", title: "Void", instructions: ["Ring two espressos, void one, sell the other"],
                                steps: [.sale(SaleGoal(items: [ItemGoal(product: ProductID("espresso"))], voidedLines: 1))],
                                parKeystrokes: 10, parSeconds: 20)
        var attempt = ExerciseAttempt(exercise, startedAt: Self.start)
        attempt.record(.lineVoided, at: Self.start)
        attempt.record(.saleCompleted(try Self.sale([(Self.espresso, 1, [:])], tender: .cash, voids: 1)), at: Self.start)
        #expect(attempt.isFinished && attempt.mistakes.isEmpty)
    }

    @Test func theOtherStepsAreMetByTheirFacts() {
        let exercise = Exercise(id: "drawer", title: "Drawer", instructions: ["Park", "Recall", "No sale", "Paid out", "Close blind"],
                                steps: [.park, .recall, .noSale, .paidOut, .blindClose], parKeystrokes: 40, parSeconds: 120)
        var attempt = ExerciseAttempt(exercise, startedAt: Self.start)
        for fact in [TrainingFact.parked, .recalled, .noSale, .paidOut] { attempt.record(fact, at: Self.start) }
        #expect(!attempt.isFinished && attempt.currentStep == .blindClose)
        attempt.record(.blindClose, at: Self.start.addingTimeInterval(100))
        #expect(attempt.score?.points == 100)
    }
}
