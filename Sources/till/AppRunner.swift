import ArgumentParser
import Foundation
import TermUI
import TermUICurses
import TillApp
import TillStore

/// Opens the full-screen app on a data directory's store and runs it until the cashier quits; when a
/// trainer moves the lane into training, it runs on the store's fresh practice copy until they move
/// it back (`TrainingLane`), on the same screen.
enum AppRunner {
    static func run(directory: DataDirectory, theme override: String?, loginHint: String? = nil) throws {
        let share = ShareDirectory.locate(environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0])
        var lane: Lane? = try Lane(directory: directory, trainingCopy: false, share: share, theme: override, loginHint: loginHint)
        let backend = try CursesBackend()
        defer { backend.close() }
        while let running = lane, let change = try running.run(on: backend) {
            running.workers.stop()
            lane = nil
            switch change {
            case .intoTraining:
                lane = try Lane(directory: try TrainingLane.prepare(from: directory), trainingCopy: true, share: share, theme: override,
                                loginHint: loginHint)
            case .backToLive:
                lane = try Lane(directory: directory, trainingCopy: false, share: share, theme: override, loginHint: loginHint)
            }
        }
    }
}

/// One store opened as the app, with its theme and background workers.
private struct Lane {
    let app: App
    let theme: Theme
    let workers: LaneWorkers

    init(directory: DataDirectory, trainingCopy: Bool, share: ShareDirectory?, theme override: String?, loginHint: String?) throws {
        let opened = try TerminalApp.open(directory: directory, share: share, loginHint: loginHint, trainingCopy: trainingCopy)
        let name = override ?? opened.theme
        do {
            theme = try share?.theme(named: name) ?? .monochrome
        } catch {
            throw ValidationError("theme \(name): \(error)")
        }
        app = opened.app
        workers = opened.workers
    }

    /// Runs the app until it quits; returns where the lane goes next, if a trainer moved it.
    func run(on backend: CursesBackend) throws -> LaneChange? {
        let capability = backend.colorCapability
        var loop = AppLoop(backend: backend, app: app, theme: capability == .mono ? .monochrome : theme.adapted(to: capability))
        try loop.run()
        return loop.app.state.laneChange
    }
}
