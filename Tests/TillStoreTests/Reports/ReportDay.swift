import Foundation
import Testing
import TillCore
@testable import TillStore

/// Monday 3 March 2025 in a Zurich café, committed through the store as the app commits it: CHF,
/// prices include 8.1 % (standard) or 2.6 % (reduced) VAT, cash rounded to 0.05. Every figure of it
/// is worked out by hand in `ReportInputStoreTests`.
///
/// - 08:00 Ann clocks in and opens shift "am" on T1 with 100.00 (5 × 20).
/// - s1, Ann, 09:10: cappuccino 5.20, a muffin 3.50 rung up and voided (Sam approves the void after
///   total), gipfeli 1.92; 7.12 paid with a 10.00 note: due 7.10 (rounding −0.02), change 2.90.
/// - 09:30 Sam approves Ann's no-sale; Ann opens the drawer.
/// - s3, Ann, 10:20: 3 teas at 3.35 and a cake 5.20, 10 % off the sale: 15.25 − 1.53 = 13.72; card 5.00,
///   then cash 20.00: due 8.72 → 8.70 (rounding −0.02), change 11.30.
/// - 10:30 Ann pays in 20.00. 11:00 she counts 135.75 (expected 135.80: 0.05 short), Sam closes
///   the shift, Ann clocks out.
/// - 11:30 Sam clocks in and opens shift "pm" with 50.00 (5 × 10).
/// - s2, Sam, 12:15: a sandwich listed at 13.50, overridden to 12.87; card 10.00, then cash 3.00: due
///   2.87 → 2.85 (rounding −0.02), change 0.15.
/// - 13:00 Sam refunds s3's cake: 5.20 less its 0.52 share of the discount, 4.68 back to the card.
/// - s4, Sam, 15:00, training: a cappuccino 5.20 in cash and a voided muffin; refunded in full at 15:10.
/// - s5, Sam, 16:40: 3 gipfeli 5.76, paid 6.00 in cash: due 5.75 (rounding −0.01), change 0.25.
/// - 16:45 Sam pays out 12.50. 17:00 he counts 46.10 as expected, Max closes, Sam clocks out.
enum ReportDay {
    static let chf = SaleFixture.chf

    /// Zurich's calendar, so the hours do not depend on the machine running the tests.
    static let zurich: BusinessCalendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Zurich") ?? .gmt
        return BusinessCalendar(calendar)
    }()

    static func day(_ text: String = "2025-03-03") throws -> BusinessDay { try BusinessDay(text) }

    /// `hour`:`minute` in Zurich (CET, UTC+1) on 3 March 2025, or `days` later.
    static func local(_ hour: Int, _ minute: Int = 0, days: Int = 0) -> Date {
        Date(timeIntervalSince1970: 1_740_956_400 + TimeInterval(days * 86_400 + hour * 3_600 + minute * 60))
    }

    static func product(_ id: String, _ price: Int64, tax: String, category: String?) -> Product {
        Product(id: ProductID(id), sku: id, name: id, categoryID: category, price: price, taxCodes: [tax])
    }

    static let cappuccino = product("cappuccino", 520, tax: "standard", category: "drinks")
    static let tea = product("tea", 335, tax: "reduced", category: "drinks")
    static let gipfeli = product("gipfeli", 192, tax: "reduced", category: "bakery")
    static let cake = product("cake", 520, tax: "standard", category: "bakery")
    static let muffin = product("muffin", 350, tax: "standard", category: "bakery")
    static let sandwich = product("sandwich", 1350, tax: "standard", category: nil)

    /// The store holding the whole day, with Ann (cashier), Sam (supervisor) and Max (manager).
    static func store() throws -> AppDatabase {
        let database = try StaffFixture.store()
        try record(on: database)
        return database
    }

    static func record(on database: AppDatabase) throws {
        let context = try SaleFixture.pricing()
        let now = SaleFixture.now
        try database.clock(.clockIn, staffID: "ann", terminalID: "T1", at: local(8))
        try database.openShift(Shift(id: "am", terminalID: "T1", cashierID: "ann", openedAt: local(8),
                                     openingFloat: try ShiftStoreFixture.count([2_000: 5])))

        var first = Cart(currency: chf, openedAt: now)
        try first.add(cappuccino, at: now)
        try first.void(line: try first.add(muffin, at: now))
        try first.add(gipfeli, at: now)
        try first.addTender(.cash, amount: 1_000, context: context)
        try commit(try first.complete(id: "s1", staffID: "ann", context: context), at: local(9, 10), shift: "am", to: database)
        try approve(.permission(.voidAfterTotal), id: "ap-1", at: local(9, 8), on: database)
        try approve(.permission(.noSale), id: "ap-2", at: local(9, 30), on: database)
        try database.record(try CashMovement(id: "m1", kind: .noSale, amount: money(0), reason: "change for a customer", staffID: "ann",
                                             at: local(9, 31)), shiftID: "am")

        var third = Cart(currency: chf, openedAt: now)
        try third.add(tea, quantity: .each(3), at: now)
        try third.add(cake, at: now)
        try third.discountOrder(.percent(basisPoints: 1_000))
        try third.addTender(.card, amount: 500, reference: "AUTH2", context: context)
        try third.addTender(.cash, amount: 2_000, context: context)
        let cakeSale = try third.complete(id: "s3", staffID: "ann", context: context)
        try commit(cakeSale, at: local(10, 20), shift: "am", to: database)
        try database.record(try CashMovement(id: "m2", kind: .paidIn, amount: money(2_000), reason: "change from the safe",
                                             staffID: "ann", at: local(10, 30)), shiftID: "am")
        // 135.75 = 6 × 20 + 10 + 2 × 2 + 1 + 0.50 + 0.20 + 0.05
        try count("am", [2_000: 6, 1_000: 1, 200: 2, 100: 1, 50: 1, 20: 1, 5: 1], by: "ann", closedBy: "sam", at: local(11), on: database)
        try database.clock(.clockOut, staffID: "ann", terminalID: "T1", at: local(11))

        try database.clock(.clockIn, staffID: "sam", terminalID: "T1", at: local(11, 30))
        try database.openShift(Shift(id: "pm", terminalID: "T1", cashierID: "sam", openedAt: local(11, 30),
                                     openingFloat: try ShiftStoreFixture.count([1_000: 5])))
        var second = Cart(currency: chf, openedAt: now)
        let sandwichLine = try second.add(sandwich, at: now)
        try second.overridePrice(1_287, line: sandwichLine, approvedBy: nil)
        try second.addTender(.card, amount: 1_000, reference: "AUTH1", context: context)
        try second.addTender(.cash, amount: 300, context: context)
        try commit(try second.complete(id: "s2", staffID: "sam", context: context), at: local(12, 15), shift: "pm", to: database)

        try refund(try RefundCalculator.against(cakeSale, items: [2: .one], cashIncrement: 5), id: "r1", at: local(13), on: database)

        var training = Cart(currency: chf, openedAt: now)
        try training.add(cappuccino, at: now)
        try training.void(line: try training.add(muffin, at: now))
        try training.addTender(.cash, amount: 520, context: context)
        let practice = try training.complete(id: "s4", staffID: "sam", training: true, context: context)
        try commit(practice, at: local(15), shift: "pm", to: database)
        try refund(try RefundCalculator.against(practice, cashIncrement: 5), id: "r2", at: local(15, 10), training: true, on: database)

        var fifth = Cart(currency: chf, openedAt: now)
        try fifth.add(gipfeli, quantity: .each(3), at: now)
        try fifth.addTender(.cash, amount: 600, context: context)
        try commit(try fifth.complete(id: "s5", staffID: "sam", context: context), at: local(16, 40), shift: "pm", to: database)
        try database.record(try CashMovement(id: "m3", kind: .paidOut, amount: money(1_250), reason: "window cleaner", staffID: "sam",
                                             at: local(16, 45)), shiftID: "pm")
        // 46.10 = 2 × 20 + 5 + 1 + 0.10
        try count("pm", [2_000: 2, 500: 1, 100: 1, 10: 1], by: "sam", closedBy: "max", at: local(17), on: database)
        try database.clock(.clockOut, staffID: "sam", terminalID: "T1", at: local(17))
    }

    /// Tuesday's one sale, of no shift: 3 gipfeli, 5.76, paid 6.00 in cash at 09:00.
    static func recordTuesday(on database: AppDatabase) throws {
        let context = try SaleFixture.pricing()
        var cart = Cart(currency: chf, openedAt: SaleFixture.now)
        try cart.add(gipfeli, quantity: .each(3), at: SaleFixture.now)
        try cart.addTender(.cash, amount: 600, context: context)
        try commit(try cart.complete(id: "s6", staffID: "ann", context: context), at: local(9, days: 1), shift: nil, to: database)
    }

    static func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: chf) }

    /// Commits `order` as the app does: the business day is the Zurich day of `date`.
    static func commit(_ order: Order, at date: Date, shift: String?, to database: AppDatabase) throws {
        _ = try database.commit(order, context: SaleContext(
            terminalID: "T1", completedAt: Timestamp.text(date), businessDay: try zurich.day(of: date).iso, shiftID: shift,
            eventID: "e-\(order.id)"))
    }

    static func refund(_ refund: Refund, id: String, at date: Date, training: Bool = false, on database: AppDatabase) throws {
        _ = try database.commit(refund, context: RefundContext(
            refundID: id, terminalID: "T1", completedAt: Timestamp.text(date), businessDay: try zurich.day(of: date).iso,
            staffID: "sam", shiftID: "pm", reason: "changed their mind", training: training, eventID: "e-\(id)"))
    }

    /// Sam approves a request of Ann's.
    static func approve(_ action: StaffAction, id: String, at date: Date, on database: AppDatabase) throws {
        let ann = try #require(try database.staffMember(id: "ann"))
        let sam = try #require(try database.staffMember(id: "sam"))
        try database.record(try Approval(id: id, action: action, requestedBy: ann, approvedBy: sam, reason: "customer waiting", at: date,
                                         policy: .standard), terminalID: "T1", saleID: nil)
    }

    /// Counts the drawer of `shiftID` blind and closes the shift.
    static func count(_ shiftID: String, _ quantities: [Int64: Int], by staffID: String, closedBy: String, at date: Date,
                      on database: AppDatabase) throws {
        var copy = try #require(try database.currentShift(terminalID: "T1"))
        try database.saveCount(try copy.submitCount(try ShiftStoreFixture.count(quantities), countedBy: staffID, at: date,
                                                    varianceThreshold: money(500)), shiftID: shiftID)
        try database.closeShift(id: shiftID, reason: nil, closedBy: closedBy, at: date)
    }
}
