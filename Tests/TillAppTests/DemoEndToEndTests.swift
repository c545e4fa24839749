import Foundation
import Testing
import TillApp
import TillCore
import TillStore

/// `till demo` as a newcomer runs it: the real binary in tmux builds the demo store, shows the
/// TRAINING banner and the staff PINs, and rings up a training sale that stays out of the real numbers.
@Suite(.serialized) struct DemoEndToEndTests {
    @Test func theDemoOpensInTrainingWithThePINsShownAndSells() async throws {
        let tmux = try #require(TmuxSession.tmuxPath, "tmux is not installed (make test installs it)")
        try #require(FileManager.default.isExecutableFile(atPath: CrashResumeTests.till.path), "build the till executable first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-demo-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TmuxSession(tmux: tmux, command: [CrashResumeTests.till.path, "demo", "--data-dir", folder.path, "--days", "2"])
        defer { session.kill() }

        try await session.waitFor("PIN 1111", timeout: 60)
        #expect(session.screen().contains("TRAINING"))
        await session.type("1")
        await session.type("1111")
        // From a quarter to seven the demo's shop is open and today's drawer counted already.
        if try await session.waitFor(anyOf: ["Open the shift: count the float", "TOTAL"]) != "TOTAL" {
            await session.type("100")
            await session.keys("F10")
            try await session.waitFor("TOTAL")
        }
        await session.type("101")
        try await session.waitFor("Espresso added")
        await session.keys("F2")
        try await session.waitFor("Payment")
        await session.keys("F2")
        try await session.waitFor("paid. Change")

        // The sale is a training sale: numbered apart, and left out of the day's figures.
        let (database, settings) = try StoreSetup.open(directory: DataDirectory(url: folder))
        #expect(settings.training)
        let today = try database.bookingDay(for: Date())
        #expect(try database.sales(on: today, training: true).count == 1)
        let figures = try ManagerReports(database: database, settings: settings).period(from: try BusinessDay(today), to: try BusinessDay(today))
        #expect(figures.trainingSales == 1)
    }
}
