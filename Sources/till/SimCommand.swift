import ArgumentParser
import Foundation
import TillApp
import TillCore
import TillStore

/// `till sim`: rings random sales through the same app and store code the screens use.
struct SimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Ring N random sales through the real app, cart and store code paths (no screen), and print a JSON summary.",
        discussion: "The same seed rings the same keystrokes. --kill-mid-sale then starts one more sale and kills the process with SIGKILL halfway, for crash tests.")

    @OptionGroup var location: DataDirOption
    @Option(help: "How many sales to ring.") var sales: Int
    @Option(help: "Seed for the random choices.") var seed: UInt64 = 1
    @Flag(help: "After the sales, ring part of one more and die with SIGKILL.") var killMidSale = false

    func run() throws {
        guard sales >= 0 else { throw ValidationError("--sales must be 0 or more") }
        var (app, _, database, _) = try TerminalApp.open(directory: try location.directory(), share: nil, devices: false)
        let codes = try database.ringableCodes()
        guard !codes.isEmpty else {
            throw CommandFailure(description: "the catalog is empty: import one first with till catalog import FILE")
        }
        app.state.startSelling(as: try StaffMember(id: "sim", name: "Simulator", role: .cashier))
        var simulator = SaleSimulator(codes: codes, seed: seed)
        let summary = simulator.ring(sales, on: &app)
        if killMidSale {
            var partial = SimulationSummary(currency: summary.currency)
            simulator.ringItems(on: &app, summary: &partial)
            kill(getpid(), SIGKILL)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(summary), as: UTF8.self))
    }
}
