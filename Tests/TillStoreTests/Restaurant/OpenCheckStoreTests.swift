import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore
import TillWire

/// Open checks in the store: they survive a restart, a send queues its kitchen tickets in the same
/// transaction, every change is an event naming the revision it was made over, a merge takes the
/// other check away, and paying closes it.
@Suite struct OpenCheckStoreTests {
    static let noon = Date(timeIntervalSince1970: 1_796_000_000)
    static let time = LocalTime(weekday: 5, hour: 12, minute: 0)
    static let routing = Check.Ticketing(routing: KitchenRouting(stations: ["drinks": "bar"]), serverName: "Mia", at: noon)
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.makeTemporary()
    }

    static func check(_ id: String = "chk-1", table: String = "12") throws -> Check {
        var check = try Check(id: id, table: table, serverID: "mia", covers: 2, currency: SaleFixture.chf, openedAt: noon, localTime: time)
        try check.add(ResolvedItem(product: Product(id: "soup", sku: "soup", name: "Soup", categoryID: "starters", price: 1_200,
                                                    taxCodes: ["standard"]), source: .id), seat: 1, course: .starters, at: time)
        try check.add(ResolvedItem(product: Product(id: "beer", sku: "beer", name: "Beer", categoryID: "drinks", price: 650,
                                                    taxCodes: ["standard"]), source: .id), seat: 2, course: .drinks, at: time)
        return check
    }

    /// Keeps `check` as a change over `base`, and returns its new stamp.
    @discardableResult
    func keep(_ check: Check, over base: CheckStamp?, tickets: [KitchenTicket] = [], terminal: String = "T1") throws -> CheckStamp {
        let change = CheckChange(check, base: base, revision: UUID().uuidString.lowercased())
        try database.saveCheck(change, tickets: tickets, terminalID: terminal, at: Self.noon)
        return change.stamp
    }

    /// The check events in the outbox, oldest first.
    func checkEvents() throws -> [CheckSave] {
        try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT payload FROM outbox WHERE kind = 'check' ORDER BY seq").map {
                try WireJSON.decode(CheckSave.self, from: $0)
            }
        }
    }

    func kitchenJobs() throws -> [PrintJob] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM print_job WHERE kind = 'kitchen' ORDER BY id").map {
                try PrintQueue.job(from: $0, path: database.path)
            }
        }
    }

    @Test func aCheckSurvivesARestartAndASendQueuesItsTicketsWithIt() throws {
        var check = try Self.check()
        let first = try keep(check, over: nil)
        // When its round is sent
        let tickets = try check.send(Self.routing)
        let second = try keep(check, over: first, tickets: tickets)
        // Then the bar and the kitchen each have a ticket waiting, for their own printer
        let jobs = try kitchenJobs()
        #expect(jobs.map(\.printer) == ["bar", "kitchen"])
        #expect(jobs.map(\.content) == tickets.map { PrintJob.Content.kitchen($0) })
        // And only a station's printer takes its tickets: the receipt printer has nothing to print
        #expect(try database.nextPrintJob(dueAt: "9999") == nil)
        #expect(try database.nextPrintJob(for: ["bar"], dueAt: "9999")?.printer == "bar")
        // And after a restart the check is there as it was, lines sent, at the second save's stamp
        let reopened = try AppDatabase(path: database.path)
        let stored = try #require(try reopened.openCheck(id: "chk-1"))
        #expect(stored.check == check && stored.stamp == second && second.generation == 2)
        #expect(try reopened.openChecks().map { "\($0.table) \($0.serverID) \($0.covers) \($0.sent)" } == ["12 mia 2 true"])
    }

    @Test func everyChangeGoesToTheHubNamingTheRevisionItWasMadeOver() throws {
        var check = try Self.check()
        let first = try keep(check, over: nil)
        // Another lane's revision comes in; this lane, still holding the first, sends a round
        var moved = check
        try moved.move(to: "14")
        try keep(moved, over: first, terminal: "T2")
        let tickets = try check.send(Self.routing)
        try keep(check, over: first, tickets: tickets)
        // Then nothing is refused here: the tickets print, and the hub decides, told what the send was made over
        #expect(try kitchenJobs().count == 2 && database.openCheck(id: "chk-1")?.check.table == "12")
        let events = try checkEvents()
        #expect(events.map(\.base) == [nil, first.revision, first.revision])
        #expect(events.map(\.generation) == [1, 2, 2] && events.map(\.firstNewLine) == [1, 3, 3])
        #expect(try StoredDocument.decode(Check.self, from: events[2].document) == check)
    }

    @Test func aMergeTakesTheOtherCheckAwayAndPayingClosesTheCheck() throws {
        let twelve = try Self.check()
        let fourteen = try Self.check("chk-2", table: "14")
        let stamp = try keep(twelve, over: nil)
        try keep(fourteen, over: nil)
        let merged = try database.mergeCheck(into: CheckChange(twelve, base: stamp, revision: "merge"), takingIn: "chk-2", terminalID: "T1",
                                             at: Self.noon).check
        #expect(try database.openChecks().map(\.id) == ["chk-1"] && merged.covers == 4 && merged.cart.lines.count == 4)
        // When the check is paid, the sale and the check's closing are one transaction
        var paying = merged
        let context = try SaleFixture.pricing()
        try paying.addTender(.card, amount: try context.price(paying.cart).total, reference: "AUTH", context: context)
        let order = try paying.cart.complete(id: "o-1", staffID: "mia", context: context)
        _ = try database.commit(order, context: SaleContext(terminalID: "T1", completedAt: "2026-12-03T12:30:00.000Z", businessDay: "2026-12-03",
                                                            eventID: "e-1", check: CheckChange(paying, base: CheckChange(merged, base: stamp, revision: "merge").stamp, revision: "paid")))
        #expect(try database.openChecks().isEmpty)
        #expect(try database.tablesPaid(since: Self.noon) == ["12"])
        // And the other lanes are told: table 14 merged away, the merge, then table 12 paid
        let events = try checkEvents()
        #expect(events.suffix(3).map { "\($0.id) \($0.closed) \($0.paid)" } == ["chk-2 true false", "chk-1 false false", "chk-1 true true"])
        #expect(events.last?.base == "merge" && events.last?.revision == "paid")
    }

    @Test func onlyACheckNothingWasRungOnIsDiscarded() throws {
        try keep(try Self.check(), over: nil)
        #expect(throws: StoreError.conflict("Check chk-1 has items on it: void them, or pay it.")) {
            try database.discardCheck(id: "chk-1", terminalID: "T1", at: Self.noon)
        }
        let empty = try Check(id: "chk-9", table: "9", serverID: "mia", covers: 1, currency: SaleFixture.chf, openedAt: Self.noon,
                              localTime: Self.time)
        try keep(empty, over: nil)
        try database.discardCheck(id: "chk-9", terminalID: "T1", at: Self.noon)
        #expect(try database.openChecks().map(\.id) == ["chk-1"])
        #expect(try database.tablesPaid(since: Self.noon).isEmpty, "a discarded table was not paid")
    }
}
