import Foundation
import TillCore
import TillStore

/// Rings a basket up as the till does and commits it through the store's own sale commit: cart lines,
/// the odd voided line, line discount or approved price override, a loyalty card, then cash with
/// change, a card, or both.
struct DemoCheckout {
    let database: AppDatabase
    let pricing: PricingContext
    let terminalID: String
    /// Loyalty customers to attach ("c000001" up to this number); 0 for none.
    let customers: Int
    /// What their sales earn them.
    let loyalty: LoyaltyProgram

    /// Where and when a sale is rung up.
    struct Moment {
        let date: Date
        let time: LocalTime
        let day: BusinessDay
        let shiftID: String
        let cashier: StaffMember
    }

    /// The committed, non-training sale of `basket`.
    func ring(_ basket: DemoBasket, _ moment: Moment, random: inout DemoRandom) throws(DemoError) -> Order {
        let orderID = random.uuid()
        let stamp = Timestamp.text(moment.date)
        var cart = Cart(currency: pricing.currency, openedAt: moment.time)
        try DemoError.checking("the sale of \(stamp)") { () throws(CartError) in
            var lineIDs: [Int] = []
            for line in basket.lines {
                lineIDs.append(try cart.add(line.product, quantity: line.quantity, modifiers: line.modifiers, ageConfirmed: true,
                                            at: moment.time))
            }
            if random.chance(5), let slip = basket.lines.last {
                try cart.void(line: try cart.add(slip.product, quantity: slip.quantity, modifiers: slip.modifiers, ageConfirmed: true,
                                                 at: moment.time))
            }
            if random.chance(3), !lineIDs.isEmpty {
                try cart.discount(.percent(basisPoints: 1_000), line: random.pick(lineIDs), rounding: pricing.rounding)
            }
            if customers > 0, random.chance(12) {
                cart.customerID = DemoCustomers.id(of: random.int(1...customers))
            }
        }
        if random.chance(1), let line = cart.activeLines.last {
            try overridePrice(of: line, in: &cart, moment, orderID: orderID)
        }
        try pay(&cart, cashShare: basket.trip == .coffee ? 55 : 35, random: &random)
        let order = try DemoError.checking("the sale of \(stamp)") { () throws(CartError) in
            try cart.complete(id: orderID, staffID: moment.cashier.id, training: false, context: pricing)
        }
        _ = try DemoError.storing { () throws(StoreError) in
            try database.commit(order, context: SaleContext(terminalID: terminalID, completedAt: stamp, businessDay: moment.day.iso,
                                                            shiftID: moment.shiftID,
                                                            loyaltyPoints: try database.pointsEarned(by: order, program: loyalty),
                                                            eventID: random.uuid()))
        }
        return order
    }

    /// A shelf label cheaper than the till: a fifth off the line, approved by the manager when the
    /// cashier may not override prices, as the till asks.
    private func overridePrice(of line: CartLine, in cart: inout Cart, _ moment: Moment, orderID: String) throws(DemoError) {
        let price = max(5, line.effectivePrice * 80 / 100 / 5 * 5)
        let policy = PermissionPolicy.standard
        var approver: String?
        if !policy.permits(moment.cashier.role, .permission(.priceOverride)) {
            let manager = try DemoStaff.member("3")
            let approval = try DemoError.checking("a price override") { () throws(StaffError) in
                try Approval(id: orderID + "/override", action: .permission(.priceOverride), requestedBy: moment.cashier,
                             approvedBy: manager, reason: "Shelf label showed a lower price", at: moment.date, policy: policy)
            }
            try DemoError.storing { () throws(StoreError) in try database.record(approval, terminalID: terminalID, saleID: orderID) }
            approver = manager.id
        }
        try DemoError.checking("a price override") { () throws(CartError) in
            try cart.overridePrice(price, line: line.id, approvedBy: approver)
        }
    }

    /// Cash (`cashShare` in a hundred), a card, or part card and the rest cash.
    private func pay(_ cart: inout Cart, cashShare: Int, random: inout DemoRandom) throws(DemoError) {
        try DemoError.checking("a payment") { () throws in
            switch random.index(weightedBy: [cashShare, 95 - cashShare, 5]) {
            case 0:
                try payCash(&cart, random: &random)
            case 1:
                try cart.addTender(.card, amount: try cart.payment(pricing).remaining, reference: Self.approvalCode(&random),
                                   context: pricing)
            default:
                let half = try cart.payment(pricing).remaining / 2
                if half > 0 { try cart.addTender(.card, amount: half, reference: Self.approvalCode(&random), context: pricing) }
                try payCash(&cart, random: &random)
            }
        }
    }

    /// The exact cash, or the next round note or two up, with change.
    private func payCash(_ cart: inout Cart, random: inout DemoRandom) throws {
        let owed = try cart.payment(pricing).cashDue(increment: pricing.cashIncrement)
        let offers = QuickCash.amounts(due: owed, notes: [1_000, 2_000, 5_000, 10_000], count: 3)
        try cart.addTender(.cash, amount: offers.isEmpty ? 0 : random.pick(offers), context: pricing)
    }

    /// A payment terminal's six-character approval code.
    private static func approvalCode(_ random: inout DemoRandom) -> String {
        "A" + String(random.int(0...99_999)).zeroPadded(to: 5)
    }
}
