import ArgumentParser
import Foundation
import TermUI
import TermUICurses
import TillApp
import TillCore

/// `till demo`: opens the demo café and grocery in training mode on this terminal.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the demo store in training mode.",
        discussion: "Ring up items on the command line (see the README), pay with CA or CC, quit with Ctrl-Q.")

    @Option(help: "Theme name from themes/ (default, high-contrast, mono, amber).")
    var theme = "default"

    func run() throws {
        let share = ShareDirectory.locate(environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0])
        let loaded: Theme
        do {
            loaded = try share?.theme(named: theme) ?? .monochrome
        } catch {
            throw ValidationError("theme \(theme): \(error)")
        }
        let session = SaleSession(pricing: try DemoStore.pricing(), catalog: DemoStore.catalog, reader: try BarcodeReader(),
                                  clock: LocalClock.now)
        let screen = SaleScreen(storeName: DemoStore.name, training: true, keymap: try DefaultKeymap.keymap())
        let backend = try CursesBackend()
        defer { backend.close() }
        let capability = backend.colorCapability
        var loop = AppLoop(backend: backend, session: session, screen: screen,
                           theme: capability == .mono ? .monochrome : loaded.adapted(to: capability))
        try loop.run()
    }
}
