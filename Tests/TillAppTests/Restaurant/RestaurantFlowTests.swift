import Foundation
import GRDB
import TermUI
import Testing
@testable import TillApp
import TillCore
@testable import TillStore
import TillWire

/// Table service on the demo café: seat a table from the floor, ring two rounds by seat and course,
/// send them to the bar and the kitchen, void after sending, leave and reopen the check, split the
/// bill evenly and pay each part.
@Suite struct RestaurantFlowTests {
    static func till() throws -> TestTerminal {
        let till = try TestTerminal()
        try till.openShift()
        return till
    }

    /// The kitchen tickets queued so far, oldest first.
    static func tickets(_ till: TestTerminal) throws -> [KitchenTicket] {
        try till.database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM print_job WHERE kind = 'kitchen' ORDER BY id").map {
                guard case .kitchen(let ticket) = try PrintQueue.job(from: $0, path: "").content else { throw StoreError.conflict("not kitchen") }
                return ticket
            }
        }
    }

    /// `check` as another lane (T2) kept it at `generation`, arriving in this lane's pull from the hub
    /// once the hub has taken everything this lane sent.
    static func pull(_ check: Check, generation: Int, into till: TestTerminal) throws {
        let sent = try till.database.eventsToPush().last?.seq ?? 0
        try till.database.acknowledge(PushResponse(ackedThrough: sent, rejected: [], expectedSeq: nil, hubHLC: 0), at: till.clock.now)
        let save = CheckSave(id: check.id, revision: "t2-\(generation)", base: nil, generation: generation, closed: false, firstNewLine: 1,
                             terminalID: "T2", savedAt: Timestamp.text(till.clock.now), document: try StoredDocument.encode(check))
        try till.database.applyPull(PullResponse(changes: [Change(id: Int64(generation), entity: .check, key: check.id,
                                                                  data: try WireJSON.encode(save))],
                                                 cursor: Int64(generation), more: false, hubHLC: 0), at: till.clock.now)
    }

    static func seat(_ till: TestTerminal, table: String, covers: Int) throws {
        try till.press("M-f")
        #expect(till.state.route == .floor)
        till.type(table)
        #expect(till.screen().contains { $0.contains("Covers at table \(table) ›") })
        till.type("\(covers)")
    }

    /// Rings up `code` for `seat` of the open check.
    static func ring(_ till: TestTerminal, seat: Int, _ code: String) throws {
        try till.press("S-F6")
        till.type("\(seat)")
        till.type(code)
    }

    @Test func aTableIsSeatedServedInTwoRoundsAndItsCheckSurvivesLeavingIt() throws {
        let till = try Self.till()
        try Self.seat(till, table: "3", covers: 2)
        #expect(till.state.route == .sale && till.state.restaurant.open?.check.table == "3")
        #expect(try till.database.openChecks().map(\.table) == ["3"])
        // Seat 1: a cappuccino; seat 2: a ham croissant, held for later
        try Self.ring(till, seat: 1, "102")
        try Self.ring(till, seat: 2, "201")
        try till.press("S-F3")
        #expect(till.screen(width: 120).contains { $0.contains("S2 Butter croissant (held)") })
        #expect(till.screen().contains { $0.contains("Table 3") && $0.contains("2 covers") })
        // Round 1 goes to the bar only; the croissant is fired as starters in round 2
        try till.press("S-F2")
        #expect(try Self.tickets(till).map { "\($0.station) \($0.round) \($0.items.map(\.name))" } == ["bar 1 [\"Cappuccino\"]"])
        try till.press("S-F5")
        till.type("s")
        let fired = try #require(try Self.tickets(till).last)
        #expect(fired.kind == .fire && fired.station == "kitchen" && fired.round == 2 && fired.items.first?.seat == 2)
        // A second cappuccino for seat 1, sent, then voided: the bar is told to stop
        till.type("102")
        try till.press("S-F2")
        try till.press("F3")
        #expect(try Self.tickets(till).last.map { "\($0.kind) \($0.station) \($0.round)" } == "cancel bar 3")
        // Leaving the table keeps the check; the floor shows it ordered
        try till.press("M-f")
        #expect(till.state.route == .floor && till.state.sale.cart.lines.isEmpty)
        #expect(till.screen().contains { $0.contains("3") && $0.contains("ordered") })
        #expect(till.screen().contains { $0.contains("1") && $0.contains("free") })
        till.type("3")
        let open = try #require(till.state.restaurant.open)
        #expect(open.check.rounds == 3 && till.state.sale.cart.activeLines.map(\.name).count == 2)
    }

    @Test func theBillIsSplitInThreeAndEachPartPaid() throws {
        let till = try Self.till()
        try Self.seat(till, table: "7", covers: 3)
        till.type("3*102")
        try till.press("S-F2")
        // A 1.20 tip for the server, then the bill split evenly in three: 5.60 each
        till.type("1.2TP")
        #expect(till.state.sale.message?.text == "Tip 1.20 for 1")
        // A tip is no dish: the kitchen is not sent it
        try till.press("S-F2")
        #expect(till.state.sale.message?.text == "nothing new to send to the kitchen")
        let total = try #require(till.state.sale.priced?.total)
        #expect(total == 1_680)
        try till.press("S-F8")
        till.type("3")
        #expect(till.state.restaurant.open?.evenParts == [560, 560, 560])
        #expect(till.screen().contains { $0.contains("Part 1 of 3") && $0.contains("5.60") })
        try till.press("F2")
        // Part 1 in cash, part 2 by card, part 3 in cash: each takes its part
        try till.press("F2")
        #expect(till.state.sale.cart.tenders.map(\.amount) == [560])
        try till.press("F4")
        #expect(till.state.sale.cart.tenders.map(\.amount) == [560, 560])
        try till.press("F2")
        // Then the sale is recorded, the check closed, and the floor shows table 7 paid, to be cleared
        let sale = try #require(till.state.sale.lastSale)
        #expect(sale.order.tenders.map(\.amount) == [560, 560, 560] && sale.order.priced.total == total)
        // The day's report has the coffees as sales and the tip for server 1
        let day = try BusinessDay(try till.database.bookingDay(for: till.clock.now))
        let report = try PeriodReport(till.database.reportInput(from: day, to: day, currency: till.state.currency, rounding: .halfUp))
        #expect(report.sales == 1_560 && report.tipsByServer == ["1": Tally(count: 1, amount: 120)] && report.collected == 1_680)
        #expect(till.state.route == .floor && till.state.restaurant.open == nil)
        #expect(try till.database.openChecks().isEmpty)
        #expect(till.state.restaurant.message?.text == "Table 7 paid: receipt \(sale.receiptNumber)")
        #expect(till.screen().contains { $0.contains("7") && $0.contains("paid") })
        // A quarter of an hour later it is free
        till.clock.advance(by: 15 * 60 + 1)
        till.app.send(.syncRound(problem: nil))
        #expect(till.screen().contains { $0.contains("7") && $0.contains("free") })
    }

    @Test func splittingBySeatLeavesAChecksPerSeatOnTheTable() throws {
        let till = try Self.till()
        try Self.seat(till, table: "5", covers: 2)
        try Self.ring(till, seat: 1, "102")
        try Self.ring(till, seat: 2, "202")
        try till.press("S-F8")
        till.type("S")
        #expect(till.state.sale.message?.text == "Split by seat: 2 checks on table 5")
        #expect(till.state.sale.cart.activeLines.map(\.name) == ["Cappuccino"])
        #expect(try till.database.openChecks().filter { $0.table == "5" }.count == 2)
        // The second check is table 5.2 on the floor
        try till.press("M-f")
        till.type("5.2")
        #expect(till.state.sale.cart.activeLines.map(\.name) == ["Pain au chocolat"])
    }

    @Test func theFloorRefusesAnUnknownTableAndALaneWithoutTablesSaysSo() throws {
        let till = try Self.till()
        try till.press("M-f")
        till.type("99")
        #expect(till.state.restaurant.message?.text == "\"99\" is not a table here: type one of the numbers on the floor")
        try till.press("esc")
        #expect(till.state.route == .sale)
        // A counter sale must be finished before the floor
        till.type("102")
        try till.press("M-f")
        #expect(till.state.route == .sale && till.state.sale.message?.text == "Finish or park this sale before going to the floor")
    }

    @Test func aCheckMovesTablesAndBecomesTakeOutAtTheReducedRate() throws {
        let till = try Self.till()
        try Self.seat(till, table: "8", covers: 1)
        till.type("102")
        #expect(till.state.sale.priced?.taxLines.map(\.code) == ["standard"])
        try till.press("S-F9")
        till.type("9")
        #expect(till.state.restaurant.open?.check.table == "9" && till.state.sale.message?.text == "Check moved to table 9")
        try till.press("S-F9")
        till.type("take-out")
        #expect(till.state.sale.priced?.taxLines.map(\.code) == ["reduced"] && till.state.sale.priced?.total == 520)
        #expect(try till.database.openCheck(id: try #require(till.state.restaurant.open?.check.id))?.check.orderType == .takeOut)
        try till.press("S-F9")
        till.type("42")
        #expect(till.state.sale.message?.text == "\"42\" is not a table here")
    }

    @Test func helpInACheckListsTheChecksKeysAndACounterSaleDoesNot() throws {
        let till = try Self.till()
        try till.press("F1")
        #expect(!till.screen().contains { $0.contains("S-F2 Send") })
        #expect(till.screen().contains { $0.contains("M-f Floor") })
        try till.press("x")
        try Self.seat(till, table: "2", covers: 2)
        try till.press("F1")
        let lines = till.screen(width: 80, height: 24)
        #expect(lines.contains { $0.contains("S-F2 Send") } && lines.contains { $0.contains("S-F8 Split") })
        #expect(lines.contains { $0.contains("3*code") })
    }

    @Test func theBillIsPrintedAndTheFloorShowsTheTableWaitingToPay() throws {
        let till = try Self.till()
        try Self.seat(till, table: "6", covers: 2)
        till.type("2*102")
        try till.press("S-F8")
        till.type("2")
        try till.press("S-F10")
        #expect(till.state.sale.message?.text == "Bill for table 6 queued for the receipt printer")
        let bill = try #require(try till.database.read { db in
            try String.fetchOne(db, sql: "SELECT document FROM print_job WHERE kind = 'report' ORDER BY id DESC LIMIT 1")
        })
        for text in ["BILL", "Table 6, 2 covers, Chris Cashier", "2 x Cappuccino", "TOTAL CHF", "10.40", "Split in 2", "5.20 + 5.20",
                     "This is not a receipt"] {
            #expect(bill.contains(text), "the bill lacks \(text)")
        }
        try till.press("M-f")
        #expect(till.screen().contains { $0.contains("6") && $0.contains("bill") })
        // Another round after the bill: the table is ordering again
        till.type("6")
        till.type("101")
        try till.press("M-f")
        #expect(till.screen().contains { $0.contains("6") && $0.contains("seated") })
    }

    @Test func aCashierNeedsASupervisorToHandACheckOver() throws {
        let till = try Self.till()
        try Self.seat(till, table: "1", covers: 2)
        till.type("102")
        try till.press("S-F9")
        till.type("@2")
        guard case .approval(let prompt)? = till.state.overlay else {
            Issue.record("no approval asked, overlay \(String(describing: till.state.overlay))")
            return
        }
        #expect(prompt.action == .permission(.transferCheck))
        till.type("2")
        till.type("2222")
        till.type("shift change")
        #expect(till.state.overlay == nil && till.state.sale.message?.text.hasPrefix("Check handed to ") == true)
        #expect(try till.database.openChecks().map(\.serverID) == ["2"])
        // A number nobody has is refused, and the check stays with 2
        try till.press("S-F9")
        till.type("@99")
        till.type("2")
        till.type("2222")
        till.type("shift change")
        #expect(till.state.sale.message?.text == "There is no active staff member 99: check the number")
        #expect(try till.database.openChecks().map(\.serverID) == ["2"])
    }

    @Test func aLargePartyPaysTheServiceChargeWithTheBill() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "till-app-\(UUID().uuidString)", directoryHint: .isDirectory)
        try DemoStore.seed(DataDirectory(url: folder), training: false)
        try setSetting("service-charge", to: "\"10\"", in: folder)
        try setSetting("service-charge-covers", to: "6", in: folder)
        let settings = folder.appending(path: "till.toml")
        try String(contentsOf: settings, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("printer = ") }.joined(separator: "\n").write(to: settings, atomically: true, encoding: .utf8)
        let till = try TestTerminal(opening: DataDirectory(url: folder))
        try till.openShift()
        // Six covers: 10 % of the 31.20 of coffees is added when the bill is asked for
        try Self.seat(till, table: "10", covers: 6)
        till.type("6*102")
        try till.press("S-F10")
        let service = try #require(till.state.sale.cart.activeLines.last)
        #expect(service.productID == .serviceCharge && service.name == "Service 10.00 %" && service.unitPrice == 312)
        #expect(till.state.sale.priced?.total == 3_432)
        // One more coffee, then pay: the same line, repriced to 10 % of 36.40
        till.type("102")
        try till.press("F2")
        #expect(till.state.route == .payment)
        #expect(till.state.sale.cart.activeLines.filter { $0.productID == .serviceCharge }.map(\.unitPrice) == [364])
        #expect(try till.database.openCheck(id: try #require(till.state.restaurant.open?.check.id))?.check.cart == till.state.sale.cart)
    }

    @Test func aTableSeatedByMistakeIsFreeAgainAndTheFloorShowsAnotherLanesTable() throws {
        let till = try Self.till()
        try Self.seat(till, table: "5", covers: 2)
        #expect(try till.database.openChecks().map(\.table) == ["5"])
        // Leaving a check nothing was rung on frees the table
        try till.press("M-f")
        #expect(try till.database.openChecks().isEmpty)
        #expect(till.screen().contains { $0.contains("5") && $0.contains("free") })
        // A check another lane opened, pulled from the hub, shows after the sync round
        let other = try Check(id: "t2-check", table: "6", serverID: "2", covers: 4, currency: till.state.currency, openedAt: till.clock.now,
                              localTime: LocalTime(weekday: 2, hour: 10, minute: 0))
        try Self.pull(other, generation: 1, into: till)
        #expect(!till.screen().contains { $0.contains("6") && $0.contains("seated") })
        till.app.send(.syncRound(problem: nil))
        #expect(till.screen().contains { $0.contains("6") && $0.contains("seated") })
    }

    @Test func aCheckOnScreenFollowsWhatAnotherLaneDidToIt() throws {
        let till = try Self.till()
        try Self.seat(till, table: "8", covers: 2)
        till.type("101")
        let id = try #require(till.state.restaurant.open?.check.id)
        // A sync round with nothing new from the other lanes leaves the check as it is
        till.app.send(.syncRound(problem: nil))
        #expect(till.state.sale.message?.text != "Table 8 was changed on another lane: this is it now")
        // Another lane makes it four covers, and this lane pulls that from the hub
        var (check, stamp) = try #require(try till.database.openCheck(id: id))
        try check.setCovers(4)
        try Self.pull(check, generation: (stamp?.generation ?? 0) + 1, into: till)
        till.app.send(.syncRound(problem: nil))
        #expect(till.state.sale.message?.text == "Table 8 was changed on another lane: this is it now")
        #expect(till.state.restaurant.open?.check.covers == 4 && till.state.sale.cart.activeLines.count == 1)
        // And this lane goes on from the other lane's version
        till.type("104")
        #expect(try till.database.openCheck(id: id)?.check.cart.activeLines.count == 2)
    }

    @Test func aNoteForTheCooksGoesOnTheTicketAndNotOnceSent() throws {
        let till = try Self.till()
        try Self.seat(till, table: "2", covers: 1)
        try Self.ring(till, seat: 1, "201")
        try till.press("S-F11")
        till.type("warm it,  please ")
        #expect(till.state.sale.message?.text == "Note for the cooks: warm it,  please")
        #expect(till.screen(width: 120).contains { $0.contains("S1 Butter croissant (new) · warm it,  please") })
        try till.press("S-F2")
        #expect(try Self.tickets(till).last?.items.map(\.note) == ["warm it,  please"])
        // Once with the kitchen, a note would never reach it
        try till.press("S-F11")
        #expect(till.state.sale.message?.text == "Butter croissant is with the kitchen already: void it and ring it again with the note")
    }
}
