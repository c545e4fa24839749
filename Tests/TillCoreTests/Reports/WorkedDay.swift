import Foundation
import Testing
import TillCore

/// One day in a Swiss café (CHF, prices include 8.1 % or 2.6 % VAT, cash rounded to 0.05), rung up
/// through the real cart engine, with every figure worked out by hand in `PeriodReportTests`.
///
/// - Sale 1, ann, 09h: cappuccino 5.20 (8.1 %), a muffin 3.50 rung up and voided, gipfeli 1.92 (2.6 %);
///   total 7.12, paid with a 10.00 note: due 7.10 (rounding −0.02), change 2.90.
/// - Sale 2, bob, 12h: sandwich listed at 13.50, price overridden to 12.87; card 10.00 then cash 3.00:
///   cash due 2.87 → 2.85 (rounding −0.02), change 0.15.
/// - Sale 3, ann, 12h: 3 teas at 3.35 (2.6 %) and a cake at 5.20 (8.1 %), 10 % off the sale: 15.25 − 1.53
///   = 13.72; card 5.00 then cash 20.00: cash due 8.72 → 8.70 (rounding −0.02), change 11.30.
/// - Sale 4, ann, 15h: a training sale, cappuccino 5.20 in cash; it must count for nothing.
/// - Sale 5, bob, 16h: 3 gipfeli, 5.76, paid 6.00 in cash: due 5.75 (rounding −0.01), change 0.25.
/// - Bob refunds sale 3's cake: 4.68 back to the card; ann refunds the training sale, which must not count either.
/// - Voids: the muffin (ann, 3.50), a sale bob abandoned (2.50), and a training void (ann, 9.99).
/// - Drawers: ann on till-1, float 100.00, paid in 20.00, one no-sale, counted 135.75;
///   bob on till-2, float 50.00, paid out 12.50, counted 46.10.
enum WorkedDay {
    static let chf = Currency.named("CHF")!
    static let day = try! BusinessDay("2025-03-03")
    static let morning = LocalTime(weekday: 1, hour: 9, minute: 0)
    static let closingTime = Date(timeIntervalSince1970: 1_741_030_000)

    static func product(_ id: String, _ price: Int64, tax: String, category: String?) -> Product {
        Product(id: ProductID(id), sku: id, name: id, categoryID: category, price: price, taxCodes: [tax])
    }

    static let cappuccino = product("cappuccino", 520, tax: "standard", category: "drinks")
    static let tea = product("tea", 335, tax: "reduced", category: "drinks")
    static let gipfeli = product("gipfeli", 192, tax: "reduced", category: "bakery")
    static let cake = product("cake", 520, tax: "standard", category: "bakery")
    static let muffin = product("muffin", 350, tax: "standard", category: "bakery")
    static let sandwich = product("sandwich", 1350, tax: "standard", category: nil)

    static func context() throws -> PricingContext {
        let table = try TaxTable([
            TaxClass(code: "standard", rate: TaxRate(percent: "8.1")),
            TaxClass(code: "reduced", rate: TaxRate(percent: "2.6")),
        ])
        return PricingContext(currency: chf, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive)),
                              cashIncrement: 5)
    }

    /// The orders of the day, in the order they were rung up.
    static func orders() throws -> [Order] {
        let context = try context()
        var first = Cart(currency: chf, openedAt: morning)
        try first.add(cappuccino, at: morning)
        let muffinLine = try first.add(muffin, at: morning)
        try first.void(line: muffinLine)
        try first.add(gipfeli, at: morning)
        try first.addTender(.cash, amount: 1000, context: context)

        var second = Cart(currency: chf, openedAt: morning)
        let sandwichLine = try second.add(sandwich, at: morning)
        try second.overridePrice(1287, line: sandwichLine, approvedBy: "mia")
        try second.addTender(.card, amount: 1000, reference: "AUTH1", context: context)
        try second.addTender(.cash, amount: 300, context: context)

        var third = Cart(currency: chf, openedAt: morning)
        try third.add(tea, quantity: .each(3), at: morning)
        try third.add(cake, at: morning)
        try third.discountOrder(.percent(basisPoints: 1000))
        try third.addTender(.card, amount: 500, reference: "AUTH2", context: context)
        try third.addTender(.cash, amount: 2000, context: context)

        var training = Cart(currency: chf, openedAt: morning)
        try training.add(cappuccino, at: morning)
        try training.addTender(.cash, amount: 520, context: context)

        var fifth = Cart(currency: chf, openedAt: morning)
        try fifth.add(gipfeli, quantity: .each(3), at: morning)
        try fifth.addTender(.cash, amount: 600, context: context)

        return [
            try first.complete(id: "s1", staffID: "ann", context: context),
            try second.complete(id: "s2", staffID: "bob", context: context),
            try third.complete(id: "s3", staffID: "ann", context: context),
            try training.complete(id: "s4", staffID: "ann", training: true, context: context),
            try fifth.complete(id: "s5", staffID: "bob", context: context),
        ]
    }

    /// The day as the store's counters would hold it.
    static func input() throws -> ReportInput {
        let orders = try orders()
        var input = ReportInput(currency: chf, from: day, to: day, shifts: [try annShift(), try bobShift()], approvals: 2,
                                activeMinutes: ["ann": 240, "bob": 120])
        for (order, hour) in zip(orders, [9, 12, 12, 15, 16]) { input.count(order, on: day, hour: hour) }
        input.count(try RefundCalculator.against(orders[2], items: [2: .one], cashIncrement: 5), by: "bob", on: day)
        input.refunds.append(RefundCount(businessDay: day, staffID: "ann", training: true, refunds: 1, total: 520))
        input.tenders.append(TenderCount(kind: .cash, payments: 1, amount: 520, refund: true, training: true))
        input.voids += [VoidCount(staffID: "bob", unitPrice: 250), VoidCount(staffID: "ann", training: true, unitPrice: 999)]
        return input
    }

    static func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: chf) }

    static func count(_ quantities: [Int64: Int]) throws -> CashCount {
        var byDenomination: [Denomination: Int] = [:]
        for (worth, quantity) in quantities {
            byDenomination[try #require(DenominationSet.chf.denomination(worth: worth))] = quantity
        }
        return try CashCount(.chf, quantities: byDenomination)
    }

    /// Ann's drawer: sales 1 and 3 in cash (30.00 tendered, 14.20 change), paid in 20.00, a no-sale.
    static func annShift() throws -> Shift {
        var shift = Shift(id: "shift-ann", terminalID: "till-1", cashierID: "ann", openedAt: closingTime,
                          openingFloat: try count([2_000: 5]))
        try shift.recordCashSale(tendered: money(1000), change: money(290))
        try shift.recordCashSale(tendered: money(2000), change: money(1130))
        try shift.record(CashMovement(id: "m1", kind: .paidIn, amount: money(2000), reason: "change from the safe",
                                      staffID: "ann", at: closingTime))
        try shift.record(CashMovement(id: "m2", kind: .noSale, amount: money(0), reason: "change for a customer",
                                      staffID: "ann", at: closingTime))
        // 135.75 = 6 × 20 + 10 + 2 × 2 + 1 + 0.50 + 0.20 + 0.05
        _ = try shift.submitCount(try count([2_000: 6, 1_000: 1, 200: 2, 100: 1, 50: 1, 20: 1, 5: 1]), countedBy: "ann",
                                  at: closingTime, varianceThreshold: money(500))
        return shift
    }

    /// Bob's drawer: sales 2 and 5 in cash (9.00 tendered, 0.40 change), paid out 12.50.
    static func bobShift() throws -> Shift {
        var shift = Shift(id: "shift-bob", terminalID: "till-2", cashierID: "bob", openedAt: closingTime,
                          openingFloat: try count([1_000: 5]))
        try shift.recordCashSale(tendered: money(300), change: money(15))
        try shift.recordCashSale(tendered: money(600), change: money(25))
        try shift.record(CashMovement(id: "m3", kind: .paidOut, amount: money(1250), reason: "window cleaner",
                                      staffID: "bob", at: closingTime))
        // 46.10 = 2 × 20 + 5 + 1 + 0.10
        _ = try shift.submitCount(try count([2_000: 2, 500: 1, 100: 1, 10: 1]), countedBy: "bob",
                                  at: closingTime, varianceThreshold: money(500))
        return shift
    }
}
