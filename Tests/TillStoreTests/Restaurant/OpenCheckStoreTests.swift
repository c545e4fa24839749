import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// Open checks in the store: they survive a restart, a stale save is refused, a send queues its
/// kitchen tickets in the same transaction, a merge takes the other check away, and paying closes it.
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

    func kitchenJobs() throws -> [PrintJob] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM print_job WHERE kind = 'kitchen' ORDER BY id").map {
                try PrintQueue.job(from: $0, path: database.path)
            }
        }
    }

    @Test func aCheckSurvivesARestartAndASendQueuesItsTicketsWithIt() throws {
        var check = try Self.check()
        let first = try database.saveCheck(check, version: nil, terminalID: "T1", at: Self.noon)
        // When its round is sent
        let tickets = try check.send(Self.routing)
        let second = try database.saveCheck(check, version: first, tickets: tickets, terminalID: "T1", at: Self.noon)
        #expect((first, second) == (1, 2))
        // Then the bar and the kitchen each have a ticket waiting, for their own printer
        let jobs = try kitchenJobs()
        #expect(jobs.map(\.printer) == ["bar", "kitchen"])
        #expect(jobs.map(\.content) == tickets.map { PrintJob.Content.kitchen($0) })
        // And only a station's printer takes its tickets: the receipt printer has nothing to print
        #expect(try database.nextPrintJob(dueAt: "9999") == nil)
        #expect(try database.nextPrintJob(for: ["bar"], dueAt: "9999")?.printer == "bar")
        // And after a restart the check is there as it was, lines sent
        let reopened = try AppDatabase(path: database.path)
        let stored = try #require(try reopened.openCheck(id: "chk-1"))
        #expect(stored.check == check && stored.version == 2)
        #expect(try reopened.openChecks().map { "\($0.table) \($0.serverID) \($0.covers) v\($0.version)" } == ["12 mia 2 v2"])
    }

    @Test func aSaveOverAnotherLanesChangeIsRefusedAndWritesNothing() throws {
        var check = try Self.check()
        try database.saveCheck(check, version: nil, terminalID: "T1", at: Self.noon)
        // Lane 2 moves the table while lane 1 still holds version 1 and sends
        var moved = check
        try moved.move(to: "14")
        try database.saveCheck(moved, version: 1, terminalID: "T2", at: Self.noon)
        let tickets = try check.send(Self.routing)
        #expect(throws: StoreError.conflict("Check chk-1 was changed on another lane: open it again to see it as it is now.")) {
            try database.saveCheck(check, version: 1, tickets: tickets, terminalID: "T1", at: Self.noon)
        }
        // No ticket printed for a send that did not happen
        #expect(try kitchenJobs().isEmpty && database.openCheck(id: "chk-1")?.check.table == "14")
        #expect(throws: StoreError.self) { try database.saveCheck(try Self.check(), version: nil, terminalID: "T1", at: Self.noon) }
    }

    @Test func aMergeTakesTheOtherCheckAwayAndPayingClosesTheCheck() throws {
        var twelve = try Self.check()
        let fourteen = try Self.check("chk-2", table: "14")
        let v12 = try database.saveCheck(twelve, version: nil, terminalID: "T1", at: Self.noon)
        let v14 = try database.saveCheck(fourteen, version: nil, terminalID: "T1", at: Self.noon)
        try twelve.merge(fourteen)
        let merged = try database.mergeCheck(twelve, version: v12, removing: "chk-2", sourceVersion: v14, terminalID: "T1", at: Self.noon)
        #expect(try database.openChecks().map(\.id) == ["chk-1"] && merged == 2)
        // When the check is paid, the sale and the check's closing are one transaction
        let context = try SaleFixture.pricing()
        try twelve.addTender(.card, amount: try context.price(twelve.cart).total, reference: "AUTH", context: context)
        let order = try twelve.cart.complete(id: "o-1", staffID: "mia", context: context)
        _ = try database.commit(order, context: SaleContext(terminalID: "T1", completedAt: "2026-12-03T12:30:00.000Z", businessDay: "2026-12-03",
                                                        eventID: "e-1", checkID: "chk-1"))
        #expect(try database.openChecks().isEmpty)
        #expect(throws: StoreError.conflict("Check chk-1 is no longer open: it was paid, merged or discarded on another lane.")) {
            try database.saveCheck(twelve, version: merged, terminalID: "T1", at: Self.noon)
        }
    }

    @Test func onlyAnEmptyCheckIsDiscarded() throws {
        let check = try Self.check()
        let version = try database.saveCheck(check, version: nil, terminalID: "T1", at: Self.noon)
        #expect(throws: StoreError.conflict("Check chk-1 has items on it: void them, or pay it.")) {
            try database.discardCheck(id: "chk-1", version: version, terminalID: "T1", at: Self.noon)
        }
        let empty = try Check(id: "chk-9", table: "9", serverID: "mia", covers: 1, currency: SaleFixture.chf, openedAt: Self.noon,
                              localTime: Self.time)
        try database.discardCheck(id: "chk-9", version: try database.saveCheck(empty, version: nil, terminalID: "T1", at: Self.noon),
                                  terminalID: "T1", at: Self.noon)
        #expect(try database.openChecks().map(\.id) == ["chk-1"])
    }
}
