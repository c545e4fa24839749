import Foundation
import Testing
import TillCore

/// Open checks over several rounds: seats and courses, send, hold and fire, voids after sending,
/// moving, handing over and merging.
@Suite struct CheckTests {
    typealias F = CheckFixture

    @Test func aSendPrintsEachStationItsNewDishesInCourseOrderAndHoldsBackWhatIsHeld() throws {
        var check = try F.table()
        try check.add(F.steak, seat: 1, course: .mains, hold: true, at: F.friday8pm)
        try check.add(F.soup, seat: 2, course: .starters, note: " no cream ", at: F.friday8pm)
        try check.add(F.beer, multiplier: 2, course: .drinks, at: F.friday8pm)
        // When the round is sent
        let tickets = try check.send(F.ticketing)
        // Then the bar gets the beers, the kitchen the soup; the held steak waits
        #expect(tickets.map(\.station) == ["bar", "kitchen"])
        #expect(tickets[0].items == [KitchenItem(quantity: .each(2), name: "beer", modifiers: [], seat: nil, course: .drinks, note: nil)])
        #expect(tickets[1].items.map(\.name) == ["soup"] && tickets[1].items[0].note == "no cream" && tickets[1].items[0].seat == 2)
        #expect(tickets.allSatisfy { $0.kind == .order && $0.round == 1 && $0.table == "12" && $0.serverName == "Mia" && $0.covers == 4 })
        #expect(check.lines.map(\.status) == [.held, .sent, .sent])
        // And nothing new means nothing to send
        #expect(throws: CheckError.nothingToSend) { try check.send(F.ticketing) }
        // When the mains are fired, the steak goes as round 2
        let fired = try check.fire(.mains, F.ticketing)
        #expect(fired.map(\.kind) == [.fire] && fired[0].items.map(\.name) == ["steak"] && fired[0].round == 2)
        #expect(throws: CheckError.nothingHeld(.desserts)) { try check.fire(.desserts, F.ticketing) }
    }

    @Test func aVoidAfterSendingPrintsACancellationAndASentLineKeepsItsCourse() throws {
        var check = try F.table()
        let soup = try check.add(F.soup, seat: 1, course: .starters, at: F.friday8pm)
        let tart = try check.add(F.tart, seat: 1, course: .desserts, at: F.friday8pm)
        try check.hold(line: tart)
        _ = try check.send(F.ticketing)
        #expect(throws: CheckError.alreadySent(soup)) { try check.setCourse(.mains, line: soup) }
        #expect(throws: CheckError.alreadySent(soup)) { try check.hold(line: soup) }
        // A sent soup voided: the kitchen is told to stop
        let cancel = try check.void(line: soup, F.ticketing)
        #expect(cancel.map(\.kind) == [.cancel] && cancel[0].items.map(\.name) == ["soup"] && cancel[0].round == 1)
        // A held tart voided: the kitchen never knew of it
        #expect(try check.void(line: tart, F.ticketing).isEmpty)
        #expect(check.cart.isEmpty && check.cart.lines.count == 2)
    }

    @Test func seatsCoversTableAndServer() throws {
        var check = try F.table(covers: 2)
        #expect(throws: CheckError.badSeat(3)) { try check.add(F.soup, seat: 3, course: .starters, at: F.friday8pm) }
        let soup = try check.add(F.soup, seat: 2, course: .starters, at: F.friday8pm)
        #expect(throws: CheckError.badSeat(2)) { try check.setCovers(1) }
        try check.setSeat(nil, line: soup)
        try check.setCovers(1)
        #expect(throws: CheckError.badCovers(0)) { try check.setCovers(0) }
        try check.move(to: "7")
        check.transfer(to: "leo")
        #expect(check.table == "7" && check.serverID == "leo" && check.covers == 1)
        // Once payment starts, the check stays where it is
        try check.addTender(.card, amount: 500, context: try Fixture.swissContext())
        #expect(throws: CheckError.paymentStarted) { try check.move(to: "8") }
    }

    @Test func mergingTakesTheOtherTablesLinesSeatsAndKitchenState() throws {
        var twelve = try F.table(covers: 2)
        try twelve.add(F.beer, seat: 1, course: .drinks, at: F.friday8pm)
        _ = try twelve.send(F.ticketing)
        var fourteen = try F.table("14", covers: 3, id: "chk-2")
        try fourteen.add(F.steak, seat: 2, course: .mains, hold: true, at: F.friday8pm)
        try fourteen.add(F.soup, seat: 1, course: .starters, at: F.friday8pm)
        let context = try Fixture.swissContext()
        let before = try context.price(twelve.cart).total + context.price(fourteen.cart).total
        // When table 14 joins table 12
        try twelve.merge(fourteen)
        // Then one check holds everything at the same total, 14's seats after 12's
        #expect(try context.price(twelve.cart).total == before)
        #expect(twelve.covers == 5 && twelve.lines.map(\.seat) == [1, 4, 3])
        #expect(twelve.lines.map(\.status) == [.sent, .held, .pending])
        #expect(Set(twelve.cart.lines.map(\.id)).count == 3 && twelve.lines.map(\.lineID) == twelve.cart.lines.map(\.id))
        // And firing the mains sends 14's held steak
        #expect(try twelve.fire(.mains, F.ticketing).first?.items.map(\.name) == ["steak"])
    }

    @Test func aCheckSurvivesEncodingAsItWas() throws {
        var check = try F.table()
        try check.add(F.soup, seat: 2, course: .starters, note: "hot", at: F.friday8pm)
        _ = try check.send(F.ticketing)
        try check.add(F.tart, course: .desserts, hold: true, at: F.friday8pm)
        let decoded = try JSONDecoder().decode(Check.self, from: JSONEncoder().encode(check))
        #expect(decoded == check)
    }

    @Test func aTakeOutOrderChargesTheSubstituteTaxClass() throws {
        var check = try F.table()
        try check.add(F.steak, course: .mains, at: F.friday8pm)
        let context = try Fixture.swissContext()
        #expect(try context.price(check.cart).taxLines.map(\.code) == ["standard"])
        try check.setOrderType(.takeOut, substitutes: ["standard": "reduced"])
        let priced = try context.price(check.cart)
        // 38.00 including 2.6 %: 0.96 tax, where dine-in pays 2.85 at 8.1 %
        #expect(priced.taxLines.map(\.code) == ["reduced"] && priced.taxTotal == 96 && priced.total == 3_800)
        #expect(check.orderType == .takeOut)
        try check.setOrderType(.dineIn, substitutes: [:])
        #expect(try context.price(check.cart).taxTotal == 285 && check.cart.taxSubstitutes == nil)
    }

    @Test func aServiceChargeIsChargedOnTheGoodsRepricedAndTakenOff() throws {
        let context = try Fixture.swissContext()
        var cart = Cart(currency: Fixture.chf, openedAt: F.friday8pm)
        try cart.add(F.steak.product, at: F.friday8pm)
        try cart.addTip(500, for: "mia")
        // 12.5 % of the 38.00 steak (not of the tip): 4.75, a taxed line of its own
        try cart.chargeService(basisPoints: 1_250, name: "Service 12.50 %", taxCodes: ["standard"], context: context)
        var priced = try context.price(cart)
        let service = try #require(priced.lines.first { $0.line.productID == .serviceCharge })
        #expect(service.total == 475 && service.taxTotal == 36 && service.line.name == "Service 12.50 %")
        // More goods: the same line, repriced
        try cart.add(F.tart.product, at: F.friday8pm)
        try cart.chargeService(basisPoints: 1_250, name: "Service 12.50 %", taxCodes: ["standard"], context: context)
        priced = try context.price(cart)
        #expect(priced.lines.filter { $0.line.productID == .serviceCharge }.map(\.total) == [613])
        // A smaller party: taken off, not voided
        try cart.chargeService(basisPoints: 0, name: "Service 12.50 %", taxCodes: ["standard"], context: context)
        #expect(!cart.lines.contains { $0.productID == .serviceCharge })
    }

    @Test func coursesAreTypedByNameOrFirstLetter() {
        #expect(Course(typed: "m") == .mains && Course(typed: "Desserts") == .desserts && Course(typed: "x") == nil)
        #expect(Course.allCases.sorted() == [.drinks, .starters, .mains, .desserts])
    }
}
