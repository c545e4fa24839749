import Foundation
import Testing
import TillApp
import TillCore
import TillStore

/// A real `kill -9` of a real `till` process in the middle of a sale, then the cart as the next start finds it.
@Suite struct CrashResumeTests {
    /// The `till` executable built beside this test bundle.
    static var till: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("till")
    }

    @Test func aSaleKilledHalfwayResumesWithExactlyItsLines() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.till.path), "build the till executable first (swift build)")
        // Given a store with the demo catalog
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let directory = DataDirectory(url: folder)
        try DemoStore.seed(directory, training: false)

        // When till sim rings 3 sales, starts a fourth and is killed with SIGKILL
        let process = Process()
        process.executableURL = Self.till
        process.arguments = ["sim", "--data-dir", folder.path, "--sales", "3", "--seed", "9", "--kill-mid-sale"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGKILL)

        // Then the store holds exactly the 3 sales, and the open cart is the fourth sale as far as it got
        let (database, reopenedSettings) = try StoreSetup.open(directory: directory)
        let replay = DataDirectory(url: folder.appendingPathComponent("replay"))
        try DemoStore.seed(replay, training: false)
        var expected = try TerminalApp.open(directory: replay, share: nil).app
        expected.state.startSelling(as: try StaffMember(id: "sim", name: "Simulator", role: .cashier))
        var simulator = SaleSimulator(codes: try database.ringableCodes(), seed: 9)
        _ = simulator.ring(3, on: &expected)
        var ignored = SimulationSummary(currency: "CHF")
        simulator.ringItems(on: &expected, summary: &ignored)
        let expectedCart = expected.state.sale.cart

        let committed = try database.outbox().count
        #expect(committed == 3)
        let resumed = try #require(try database.openCart(terminalID: reopenedSettings.terminalID))
        #expect(resumed.lines.map(\.productID) == expectedCart.lines.map(\.productID))
        #expect(resumed.lines.map(\.quantity) == expectedCart.lines.map(\.quantity))
        #expect(resumed.lines.map(\.voided) == expectedCart.lines.map(\.voided))
        #expect(resumed.lines.map(\.discount) == expectedCart.lines.map(\.discount))
        #expect(!resumed.lines.isEmpty)
    }

}
