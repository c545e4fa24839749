import ArgumentParser
import Foundation
import TermUI
import TermUICurses
import TillApp
import TillStore

/// Opens the full-screen app on a data directory's store and runs it until the cashier quits.
enum AppRunner {
    static func run(directory: DataDirectory, theme override: String?, loginHint: String? = nil) throws {
        let share = ShareDirectory.locate(environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0])
        let (app, themeName, _) = try TerminalApp.open(directory: directory, share: share, loginHint: loginHint)
        let name = override ?? themeName
        let loaded: Theme
        do {
            loaded = try share?.theme(named: name) ?? .monochrome
        } catch {
            throw ValidationError("theme \(name): \(error)")
        }
        let backend = try CursesBackend()
        defer { backend.close() }
        let capability = backend.colorCapability
        var loop = AppLoop(backend: backend, app: app, theme: capability == .mono ? .monochrome : loaded.adapted(to: capability))
        try loop.run()
    }
}
