import Foundation
import HubProcess
import Testing
import TillCore
import TillStore
import TillSync
import TillWire

/// Restaurant checks shared through the real hub over loopback: any lane picks a table up; two
/// lanes changing one check keep both changes; a table paid on one lane while another added to it
/// leaves exactly the new items to pay; an old revision coming round the feed never undoes a newer one.
@Suite(.serialized) struct CheckSyncTests {
    static let at = Date(timeIntervalSince1970: 1_796_000_000)

    static func item(_ id: String) throws -> ResolvedItem {
        ResolvedItem(product: try require(Lane.products.first { $0.id.rawValue == id }, id), source: .id)
    }

    /// Table 4 seated on `lane` with a coffee, kept.
    static func seat(on lane: Lane) throws -> Check {
        var check = try Check(id: "chk-1", table: "4", serverID: "s-1", covers: 2, currency: Lane.chf, openedAt: at, localTime: Lane.now)
        try check.add(try item("coffee"), seat: 1, course: .drinks, at: Lane.now)
        try lane.database.saveCheck(CheckChange(check, base: nil, revision: UUID().uuidString.lowercased()), terminalID: lane.id, at: at)
        return check
    }

    /// Changes the check as `lane` holds it, and keeps it.
    static func change(on lane: Lane, id: String = "chk-1", _ body: (inout Check) throws -> Void) throws {
        var (check, stamp) = try require(try lane.database.openCheck(id: id), "check \(id) on \(lane.id)")
        try body(&check)
        try lane.database.saveCheck(CheckChange(check, base: stamp, revision: UUID().uuidString.lowercased()), terminalID: lane.id, at: at)
    }

    /// Adds `product` to the check as `lane` holds it, and keeps it.
    static func add(_ product: String, on lane: Lane, id: String = "chk-1") throws {
        try change(on: lane, id: id) { try $0.add(try item(product), course: .drinks, at: Lane.now) }
    }

    /// Takes the whole of the check in cash on `lane` (kept, as the till keeps every tender).
    static func takeCash(on lane: Lane, id: String = "chk-1") throws {
        let context = try Lane.pricing()
        try change(on: lane, id: id) { try $0.addTender(.cash, amount: try context.price($0.cart).total, context: context) }
    }

    /// Pays the check as `lane`'s screen holds it (`held`, else as its store does) in cash, closing it
    /// with the sale; a full cash payment is not kept as a tender first, as on the till.
    static func pay(on lane: Lane, id: String = "chk-1", held: (check: Check, stamp: CheckStamp?)? = nil) throws {
        var (check, stamp) = try held ?? require(try lane.database.openCheck(id: id), "check \(id) on \(lane.id)")
        let context = try Lane.pricing()
        if !check.isPaying { try check.addTender(.cash, amount: try context.price(check.cart).total, context: context) }
        let saleID = UUID().uuidString.lowercased()
        _ = try lane.database.commit(try check.cart.complete(id: saleID, staffID: "s-1", context: context),
                                     context: SaleContext(terminalID: lane.id, completedAt: "2026-11-24T20:00:00.000Z",
                                                          businessDay: "2026-11-24", eventID: saleID,
                                                          check: CheckChange(check, base: stamp, revision: UUID().uuidString.lowercased())))
    }

    /// What the lane's open checks hold, product ids per check, by table.
    static func items(on lane: Lane) throws -> [[String]] {
        try lane.database.openChecks().map { summary in
            try require(try lane.database.openCheck(id: summary.id), summary.id).check.cart.activeLines.map(\.productID.rawValue)
        }
    }

    static func lanes() async throws -> (HubProcess, Lane, Lane) {
        let hub = try HubProcess()
        let first = try Lane("T1")
        let second = try Lane("T2")
        try await first.pair(with: hub)
        try await second.pair(with: hub)
        return (hub, first, second)
    }

    @Test func aTableSeatedOnOneLaneIsAddedToAndPaidOnAnother() async throws {
        let (hub, first, second) = try await Self.lanes()
        _ = try Self.seat(on: first)
        try await first.syncFully()
        try await second.syncFully()
        #expect(try Self.items(on: second) == [["coffee"]])
        // When the second lane adds a croissant and takes the money
        try Self.add("croissant", on: second)
        try Self.pay(on: second)
        try await second.syncFully()
        try await first.syncFully()
        // Then the table is free on both lanes, and the hub holds the check as closed
        #expect(try first.database.openChecks().isEmpty && second.database.openChecks().isEmpty)
        #expect(try first.database.tablesPaid(since: .distantPast) == ["4"], "the first lane shows table 4 paid")
        #expect(try hub.eventCount(kind: "check") == 3, "seated, added to, closed")
    }

    @Test func twoLanesChangingOneCheckBothKeepTheirItems() async throws {
        let (hub, first, second) = try await Self.lanes()
        _ = try Self.seat(on: first)
        try await first.syncFully()
        try await second.syncFully()
        // When both lanes add to the check before either hears of the other
        try Self.add("croissant", on: first)
        try Self.change(on: second) { check in
            try check.add(try Self.item("water"), course: .drinks, at: Lane.now)
            try check.move(to: "7")
        }
        try await first.syncFully()
        try await second.syncFully()
        // Then the second lane's change was refused, rebased on the first's (its move too), and goes out again
        #expect(try second.database.rejectedEvents().map(\.kind) == ["check"])
        #expect(try Self.items(on: second) == [["coffee", "croissant", "water"]])
        try await second.syncFully()
        try await first.syncFully()
        #expect(try Self.items(on: first) == [["coffee", "croissant", "water"]])
        #expect(try first.database.openChecks().map(\.table) == ["7"])
        withExtendedLifetime(hub) {}
    }

    @Test func whatOneLaneAddedWhileAnotherTookPaymentStaysToPay() async throws {
        let (hub, first, second) = try await Self.lanes()
        _ = try Self.seat(on: first)
        try await first.syncFully()
        try await second.syncFully()
        // When the first lane is paid for the coffee while the second adds a water
        try Self.pay(on: first)
        try Self.add("water", on: second)
        try await first.syncFully()
        try await second.syncFully()
        // Then the water is on a new check of table 4, on both lanes; the coffee is not asked for twice
        #expect(try Self.items(on: second) == [["water"]])
        try await second.syncFully()
        try await first.syncFully()
        #expect(try Self.items(on: first) == [["water"]])
        #expect(try first.database.openChecks().map(\.table) == ["4"])
        withExtendedLifetime(hub) {}
    }

    @Test func aDessertAddedWhileAnotherLaneTookPaymentStaysOpen() async throws {
        let (hub, first, second) = try await Self.lanes()
        _ = try Self.seat(on: first)
        try await first.syncFully()
        try await second.syncFully()
        // The second lane adds a dessert and it reaches the hub while the first lane takes the money
        try Self.add("croissant", on: second)
        try await second.syncFully()
        try Self.takeCash(on: first)
        try await first.syncFully()
        #expect(try first.database.openCheck(id: "chk-1")?.check.isPaying == true, "a check being paid is left alone until it is paid")
        try Self.pay(on: first)
        try await first.syncFully()
        // Then the coffee is paid and the croissant is still to pay, on both lanes
        #expect(try Self.items(on: first) == [["croissant"]])
        try await first.syncFully()
        try await second.syncFully()
        #expect(try Self.items(on: second) == [["croissant"]])
        #expect(try first.database.rejectedEvents().first?.reason.contains("while this lane took payment") == true)
        withExtendedLifetime(hub) {}
    }

    @Test func anOldRevisionComingRoundTheFeedNeverReopensAPaidCheck() async throws {
        let hub = try HubProcess()
        let lanes = try ["T1", "T2", "T3"].map { try Lane($0) }
        for lane in lanes { try await lane.pair(with: hub) }
        let (first, third) = (lanes[0], lanes[2])
        _ = try Self.seat(on: first)
        try await first.syncFully()
        try await third.syncFully()
        // The first lane adds a croissant; the third, not knowing, adds a water and is refused: the
        // hub sends the first lane's revision round the feed again
        try Self.add("croissant", on: first)
        try await first.syncFully()
        try Self.add("water", on: third)
        try await third.syncFully()
        // When the first lane is paid for coffee and croissant and then hears the revision again
        try Self.pay(on: first)
        try await first.syncFully()
        // Then the check stays closed there
        #expect(try first.database.openChecks().isEmpty)
        // And the third lane's water, rebased, then refused as the table was paid, is a new check on both
        try await third.syncFully()
        try await third.syncFully()
        #expect(try Self.items(on: third) == [["water"]])
        try await first.syncFully()
        #expect(try Self.items(on: first) == [["water"]])
        withExtendedLifetime(hub) {}
    }

    @Test func aScreenThatMissedAnotherLanesDessertBillsWhatItShowedAndTheDessertStaysOpen() async throws {
        let (hub, first, second) = try await Self.lanes()
        _ = try Self.seat(on: first)
        try await first.syncFully()
        try await second.syncFully()
        // The first lane's screen shows the coffee; the second lane adds a croissant, and the first
        // lane's store takes it in a sync round before the screen is read again
        let screen = try require(try first.database.openCheck(id: "chk-1"))
        try Self.add("croissant", on: second)
        try await second.syncFully()
        try await first.syncFully()
        #expect(try Self.items(on: first) == [["coffee", "croissant"]])
        // When the first lane takes cash for what its screen showed
        try Self.pay(on: first, held: screen)
        try await first.syncFully()
        // Then the coffee is paid and the croissant is still to pay, on both lanes
        #expect(try Self.items(on: first) == [["croissant"]])
        try await first.syncFully()
        try await second.syncFully()
        #expect(try Self.items(on: second) == [["croissant"]])
        withExtendedLifetime(hub) {}
    }
}
