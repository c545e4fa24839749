import Foundation
import TillCore
import TillStore

/// Past days of trading in the demo store, rung through the store's own paths so every report has
/// something to show: each day two shifts opened with a counted float and closed with a blind count,
/// a few hundred sales, now and then a refund, a paid out or a no-sale, and a Z report closing the
/// day; then today up to now, its drawer still open if the shop is.
///
/// The sales are real ones (not training), since reports leave training sales out; the terminal
/// itself stays in training mode for what the trainee rings up.
struct DemoHistory {
    let database: AppDatabase
    let settings: TerminalSettings
    /// The local calendar the app books days by, as `LocalClock` reads times of day.
    let calendar = BusinessCalendar()
    let checkout: DemoCheckout
    let shelf: DemoShelf
    private var random: DemoRandom
    /// The shift taking sales, and who holds its drawer.
    private var shift: (id: String, cashier: StaffMember)?
    /// Today's sales so far, which a refund may be for.
    private var todaysSales: [Order] = []

    init(database: AppDatabase, settings: TerminalSettings, checkout: DemoCheckout, shelf: DemoShelf, seed: UInt64) {
        self.database = database
        self.settings = settings
        self.checkout = checkout
        self.shelf = shelf
        random = DemoRandom(seed: seed, .history)
    }

    /// Trades the `days` days before `now`'s, each closed by its Z report, then `now`'s day up to `now`.
    mutating func trade(days: Int, until now: Date) throws(DemoError) {
        let today = calendar.calendar.startOfDay(for: now)
        for back in stride(from: days, through: 0, by: -1) {
            guard let noon = calendar.calendar.date(byAdding: .hour, value: 12 - 24 * back, to: today) else {
                throw .generated("the day \(back) days before \(Timestamp.text(now))")
            }
            try trade(on: calendar.calendar.startOfDay(for: noon), until: back == 0 ? now : nil)
        }
    }

    /// One day's plan, carried out up to `until` when that falls on the day.
    private mutating func trade(on start: Date, until end: Date?) throws(DemoError) {
        let weekday = LocalClock.localTime(start).weekday
        let day = try DemoError.checking("the day of \(Timestamp.text(start))") { () throws(ReportError) in try calendar.day(of: start) }
        let plan = DemoDayPlan(weekday: weekday, closing: end == nil, random: &random)
        todaysSales = []
        for (seconds, event) in plan.events {
            guard let date = calendar.calendar.date(bySettingHour: seconds / 3_600, minute: seconds % 3_600 / 60, second: seconds % 60,
                                                    of: start) else {
                throw .generated("\(seconds) s into \(day)")
            }
            if let end, date > end { return }
            try perform(event, at: date, time: LocalClock.localTime(date), day: day)
        }
    }

    private mutating func perform(_ event: DemoDayPlan.Event, at date: Date, time: LocalTime, day: BusinessDay) throws(DemoError) {
        switch event {
        case .openShift(let cashierID): try openShift(for: try DemoStaff.member(cashierID), at: date)
        case .closeShift: try closeShift(at: date)
        case .sale: try sell(at: date, time: time, day: day)
        case .refund: try refund(at: date, day: day)
        case .paidOut: try record(.paidOut, Money(minorUnits: Int64(random.int(300...900)) * 5, currency: settings.currency),
                                  reason: "Milk from the farm shop", by: "3", at: date)
        case .noSale: try record(.noSale, .zero(settings.currency), reason: "Change for a customer's parking meter", by: "2", at: date)
        case .zReport:
            _ = try DemoError.storing { () throws(StoreError) in
                try database.closeZ(through: day, terminalID: settings.terminalID, closedBy: "3", at: date, currency: settings.currency,
                                    rounding: settings.tax.roundingMode, calendar: calendar)
            }
        }
    }

    private mutating func openShift(for cashier: StaffMember, at date: Date) throws(DemoError) {
        let opened = Shift(id: random.uuid(), terminalID: settings.terminalID, cashierID: cashier.id, openedAt: date,
                           openingFloat: try DemoDrawer.float())
        try DemoError.storing { () throws(StoreError) in
            try database.clock(.clockIn, staffID: cashier.id, terminalID: settings.terminalID, at: date)
            try database.openShift(opened)
        }
        shift = (opened.id, cashier)
    }

    /// The blind count (mostly right, sometimes a little out, now and then past the threshold and
    /// explained), the close, and the cashier's clock-out.
    private mutating func closeShift(at date: Date) throws(DemoError) {
        guard let (id, cashier) = shift,
              var drawer = try DemoError.storing({ () throws(StoreError) in try database.currentShift(terminalID: settings.terminalID) })
        else { throw .generated("a shift closed at \(Timestamp.text(date)) that is not open") }
        let variance: Int64 = switch random.index(weightedBy: [75, 20, 5]) {
        case 0: 0
        case 1: Int64(random.pick([-1, 1]) * random.int(1...40) * 5)
        default: Int64(random.pick([-1, 1]) * random.int(101...400) * 5)
        }
        let threshold = Money(minorUnits: 500, currency: settings.currency)
        let expected = try DemoError.checking("the cash of shift \(id)") { () throws(ShiftError) in try drawer.expectedCash }
        let counted = try DemoDrawer.count(expected.minorUnits + variance)
        let count = try DemoError.checking("the count of shift \(id)") { () throws(ShiftError) in
            try drawer.submitCount(counted, countedBy: cashier.id, at: date, varianceThreshold: threshold)
        }
        try DemoError.storing { () throws(StoreError) in
            try database.saveCount(count, shiftID: id)
            try database.closeShift(id: id, reason: count.reasonRequired ? "Wrong change given in the rush" : nil, closedBy: cashier.id,
                                    at: date)
            try database.clock(.clockOut, staffID: cashier.id, terminalID: settings.terminalID, at: date)
        }
        shift = nil
    }

    /// A shopper's basket, rung by the shift's cashier or, at the lunch rush, now and then by the manager.
    private mutating func sell(at date: Date, time: LocalTime, day: BusinessDay) throws(DemoError) {
        guard let (id, cashier) = shift else { throw .generated("a sale at \(Timestamp.text(date)) with no shift open") }
        let basket = DemoBasket(at: time, from: shelf, random: &random)
        guard !basket.lines.isEmpty else { return }
        let rush = (690..<810).contains(time.minuteOfDay) && random.chance(15)
        let moment = DemoCheckout.Moment(date: date, time: time, day: day, shiftID: id,
                                         cashier: rush ? try DemoStaff.member("3") : cashier)
        todaysSales.append(try checkout.ring(basket, moment, random: &random))
    }

    /// The supervisor takes back one line of a sale from earlier today, to the tenders that paid for it.
    private mutating func refund(at date: Date, day: BusinessDay) throws(DemoError) {
        guard let shiftID = shift?.id, !todaysSales.isEmpty else { return }
        let order = todaysSales.remove(at: random.int(0...(todaysSales.count - 1)))
        guard let line = order.priced.lines.last?.line else { return }
        let refund = try DemoError.checking("a refund of sale \(order.id)") { () throws(RefundError) in
            try RefundCalculator.against(order, items: [line.id: line.quantity], cashIncrement: settings.cashIncrement)
        }
        let context = RefundContext(refundID: random.uuid(), terminalID: settings.terminalID, completedAt: Timestamp.text(date),
                                    businessDay: day.iso, staffID: "2", shiftID: shiftID,
                                    reason: random.pick(["Damaged packaging", "Past its best-before date", "Bought twice"]),
                                    eventID: random.uuid())
        _ = try DemoError.storing { () throws(StoreError) in try database.commit(refund, context: context) }
    }

    private mutating func record(_ kind: CashMovement.Kind, _ amount: Money, reason: String, by staffID: String, at date: Date) throws(DemoError) {
        guard let shiftID = shift?.id else { return }
        let movement = try DemoError.checking("a \(kind)") { () throws(ShiftError) in
            try CashMovement(id: random.uuid(), kind: kind, amount: amount, reason: reason, staffID: staffID, at: date)
        }
        try DemoError.storing { () throws(StoreError) in try database.record(movement, shiftID: shiftID) }
    }
}
