import Foundation
import GRDB
import Testing
import TillApp
import TillCore
@testable import TillStore

/// The real `till` binary in tmux, serving a table of the demo café: seated from the floor, two
/// rounds sent to the bar and the kitchen, the bill split in three and each part paid.
@Suite(.serialized) struct RestaurantEndToEndTests {
    @Test func aTableSeatedServedInTwoRoundsSplitInThreeAndPaidPartByPart() async throws {
        let tmux = try #require(TmuxSession.tmuxPath, "tmux is not installed (make test installs it)")
        try #require(FileManager.default.isExecutableFile(atPath: CrashResumeTests.till.path), "build the till executable first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DemoStore.seed(DataDirectory(url: folder), training: false)
        let session = try TmuxSession(tmux: tmux, command: [CrashResumeTests.till.path, "--data-dir", folder.path])
        defer { session.kill() }

        try await session.openDemoShift()

        // Table 4 is seated with three covers from the floor.
        try await session.openFloor()
        #expect(session.screen().contains("free"))
        try await session.seat("4", covers: 3)

        // Round 1, a drink for each seat, goes to the bar.
        for (seat, plu) in [(1, "102"), (2, "101"), (3, "104")] {
            await session.keys("S-F6")
            try await session.waitFor("Seat for the next items")
            await session.type("\(seat)")
            try await session.waitFor("Next items are for seat \(seat)")
            await session.type(plu)
            try await session.waitFor("S\(seat) ")
        }
        await session.keys("S-F2")
        try await session.waitFor("Round 1 sent: bar 3")

        // Round 2, three croissants for the table, goes to the kitchen.
        await session.keys("S-F6")
        try await session.waitFor("Seat for the next items")
        await session.type("0")
        await session.type("3*201")
        try await session.waitFor("Butter croissant (new)")
        await session.keys("S-F2")
        try await session.waitFor("Round 2 sent: kitchen 1")
        try await session.waitFor("19.90")

        // The bill split in three: 6.65 + 6.65 + 6.60 in 5-rappen steps, each part paid on its own.
        await session.keys("S-F8")
        try await session.waitFor("Split:")
        await session.type("3")
        try await session.waitFor("Split in 3: 6.65 + 6.65 + 6.60")
        await session.keys("F2")
        try await session.waitFor("Payment")
        await session.keys("F2")
        try await session.waitFor("13.25")
        await session.keys("F4")
        try await session.waitFor("6.60")
        await session.keys("F2")
        try await session.waitFor("Table 4 paid: receipt 1")
        try await session.waitFor("free")

        // The store holds one sale paid in three parts, no open check, and the two tickets.
        let (database, _) = try StoreSetup.open(directory: DataDirectory(url: folder))
        let saleID = try database.read { db in try String.fetchOne(db, sql: "SELECT id FROM sale WHERE receipt_number = 1") }
        let order = try #require(try database.order(id: saleID ?? ""))
        #expect(order.tenders.map(\.amount) == [665, 665, 660] && order.tenders.map(\.kind) == [.cash, .card, .cash])
        #expect(order.priced.total == 1_990)
        #expect(try database.openChecks().isEmpty)
        let stations = try database.read { db in
            try String.fetchAll(db, sql: "SELECT printer FROM print_job WHERE kind = 'kitchen' ORDER BY id")
        }
        #expect(stations == ["bar", "kitchen"])
    }
}
