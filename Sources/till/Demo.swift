import ArgumentParser
import Foundation
import TillApp
import TillStore

/// `till demo`: builds (once) and opens the demo café and grocery, in training mode, in its own data directory.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the demo store (training mode) in its own data directory.",
        discussion: "Without --data-dir the demo lives in demo/ inside the default data directory. The first run builds it: "
            + "a café and grocery of --products items with a month of past sales, the same for the same --seed. "
            + "Log in with a staff number and PIN shown on the screen; ring up items on the command line (see the README); "
            + "quit with Ctrl-Q.")

    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The demo store's folder (default: demo/ in the default data directory).",
                                                              valueName: "DIR"))
    var dataDir: String?
    @Option(help: "Theme name from themes/ (default, high-contrast, mono, amber).") var theme: String?
    @Option(help: ArgumentHelp("Products in the catalog, the hand-written ones included (up to 1000000).", valueName: "N"))
    var products = DemoOptions.standard.products
    @Option(help: ArgumentHelp("Past days of sales, each closed by a Z report (0 for none).", valueName: "N"))
    var days = DemoOptions.standard.days
    @Option(help: ArgumentHelp("Seed of the generated catalog, customers and sales.", valueName: "S"))
    var seed = DemoOptions.defaultSeed
    @Flag(help: "Delete the demo store in the folder and build it again (refused for a folder that is not a demo store).")
    var reset = false
    @Flag(help: "Build the demo store and exit, without opening the screen.") var seedOnly = false

    func validate() throws {
        do {
            try options.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let directory = try location()
        do {
            if try DemoStore.needsBuilding(directory, reset: reset) {
                let path = directory.url.path(percentEncoded: false)
                FileHandle.standardError.write(Data("Building the demo store in \(path): \(products) products, \(days) days of sales…\n".utf8))
            }
            try DemoStore.seed(directory, options: options, reset: reset)
        } catch {
            throw CommandFailure(description: error.description)
        }
        guard !seedOnly else { return }
        try AppRunner.run(directory: directory, theme: theme, loginHint: DemoStaff.loginHint)
    }

    private var options: DemoOptions {
        DemoOptions(products: products, customers: DemoOptions.standard.customers, days: days, seed: seed)
    }

    /// `--data-dir` itself, else `demo/` inside the data directory Till would use.
    private func location() throws -> DataDirectory {
        if let dataDir { return DataDirectory(url: URL(fileURLWithPath: dataDir)) }
        do {
            let base = try DataDirectory.resolve(explicit: nil, environment: ProcessInfo.processInfo.environment)
            return DataDirectory(url: base.url.appending(path: "demo", directoryHint: .isDirectory))
        } catch {
            throw ValidationError(error.description)
        }
    }
}
