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
        var settings = TerminalSettings(storeName: "Crash test", currency: DemoStore.currency)
        settings.cashIncrement = 5
        try StoreSetup.initialize(directory: directory, settings: settings,
                                  taxClasses: try DemoStore.pricing().tax.table.classes.values.sorted { $0.code < $1.code })
        do {
            let (database, _) = try StoreSetup.open(directory: directory)
            for category in DemoStore.categories { try database.saveCategory(category) }
            try database.saveProducts(DemoStore.catalog.products.values.sorted { $0.id < $1.id })
        }

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
        let codes = try database.ringableCodes()
        var expected = SaleSession(pricing: reopenedSettings.pricing(taxTable: try database.taxTable()), catalog: database,
                                   reader: try BarcodeReader(), clock: LocalClock.now, training: false)
        var simulator = SaleSimulator(codes: codes, seed: 9)
        _ = simulator.ring(3, on: &expected)
        var ignored = SimulationSummary(currency: "CHF")
        simulator.ringItems(on: &expected, summary: &ignored)

        let committed = try database.outbox().count
        #expect(committed == 3)
        let resumed = try #require(try database.openCart(terminalID: reopenedSettings.terminalID))
        #expect(resumed.lines.map(\.productID) == expected.cart.lines.map(\.productID))
        #expect(resumed.lines.map(\.quantity) == expected.cart.lines.map(\.quantity))
        #expect(resumed.lines.map(\.voided) == expected.cart.lines.map(\.voided))
        #expect(resumed.lines.map(\.discount) == expected.cart.lines.map(\.discount))
        #expect(!resumed.lines.isEmpty)
    }
}
