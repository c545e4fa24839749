import Foundation
import HubProcess
import Testing
import TillApp
import TillCore
import TillStore

/// Two real `till` lanes in tmux, paired with a real `till-hub`: a table seated and sent on one lane
/// appears on the other's floor, is added to and paid there, and the first lane's floor shows it paid.
@Suite(.serialized) struct SharedCheckEndToEndTests {
    /// A demo café lane as terminal `terminal`, paired with `hub`.
    static func lane(_ terminal: String, hub: HubProcess) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-lane-\(UUID().uuidString)")
        try DemoStore.seed(DataDirectory(url: folder), training: false)
        try setSetting("id", to: "\"\(terminal)\"", in: folder)
        let code = try hub.pairingCode(store: "cafe", terminal: terminal)
        let pair = Process()
        pair.executableURL = CrashResumeTests.till
        pair.arguments = ["sync", "pair", "--data-dir", folder.path, "--hub", hub.url, "--code", code]
        pair.standardOutput = FileHandle.nullDevice
        pair.standardError = FileHandle.nullDevice
        try pair.run()
        pair.waitUntilExit()
        try #require(pair.terminationStatus == 0, "till sync pair failed for \(terminal)")
        return folder
    }

    @Test func aTableSeatedOnOneLaneIsPaidOnTheOther() async throws {
        let tmux = try #require(TmuxSession.tmuxPath, "tmux is not installed (make test installs it)")
        try #require(FileManager.default.isExecutableFile(atPath: CrashResumeTests.till.path), "build the till executable first")
        let hub = try HubProcess()
        let folders = try [Self.lane("T1", hub: hub), Self.lane("T2", hub: hub)]
        defer { folders.forEach { try? FileManager.default.removeItem(at: $0) } }
        let first = try TmuxSession(tmux: tmux, command: [CrashResumeTests.till.path, "--data-dir", folders[0].path])
        defer { first.kill() }
        let second = try TmuxSession(tmux: tmux, command: [CrashResumeTests.till.path, "--data-dir", folders[1].path])
        defer { second.kill() }
        try await first.openDemoShift()
        try await second.openDemoShift()

        // Lane 1 seats table 4 with two covers and sends a cappuccino to the bar
        try await first.openFloor()
        try await first.seat("4", covers: 2)
        await first.type("102")
        await first.keys("S-F2")
        try await first.waitFor("Round 1 sent: bar 1")
        try await first.openFloor()
        #expect(!first.screen().contains("paid"))

        // Lane 2's floor shows it ordered within a few sync rounds; it opens the check, adds a croissant and takes cash
        try await second.openFloor()
        try await second.waitFor("ordered", timeout: 30)
        await second.type("4")
        try await second.waitFor("Table 4: 2 covers")
        #expect(second.screen().contains("Cappuccino"))
        await second.type("201")
        try await second.waitFor("Butter croissant")
        await second.keys("F2")
        try await second.waitFor("Payment")
        await second.keys("F2")
        try await second.waitFor("Table 4 paid")

        // Lane 1's floor shows table 4 paid, and neither lane holds the check any more
        try await first.waitFor("paid", timeout: 30)
        #expect(first.screen().split(separator: "\n").contains { $0.contains("│4 ") && $0.contains("paid") })
        for folder in folders {
            let (database, _) = try StoreSetup.open(directory: DataDirectory(url: folder))
            #expect(try database.openChecks().isEmpty)
        }
        #expect(try hub.eventCount(kind: "sale") >= 1 && hub.eventCount(kind: "check") >= 4)
    }
}
