import Foundation
import Synchronization
import Testing
import TermUI
@testable import TillApp
import TillCore
import TillStore

/// A clock tests move by hand, readable from the app's `@Sendable` environment.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) { current.withLock { $0 += seconds } }
}

/// Ids "id-1", "id-2", … in order, so tests can name what they expect.
final class TestIDs: Sendable {
    private let next = Mutex(0)

    func make() -> String { next.withLock { $0 += 1; return "id-\($0)" } }
}

/// The demo store in a fresh folder, opened as the real app opens it, with a test clock and ids.
///
/// The folder goes when the value does.
final class TestTerminal {
    let folder: URL
    let clock = TestClock()
    let ids = TestIDs()
    var app: App
    let database: AppDatabase

    /// `time` is the local weekday and time the till sees (Monday 10:00 unless a test needs another);
    /// `printer` is a till.toml printer address, which starts the lane's print worker; `scale` a
    /// till.toml scale address.
    convenience init(training: Bool = false, idleLock: TimeInterval? = nil, time: LocalTime = LocalTime(weekday: 2, hour: 10, minute: 0),
                     printer: String? = nil, scale: String? = nil) throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "till-app-\(UUID().uuidString)", directoryHint: .isDirectory)
        let directory = DataDirectory(url: folder)
        try DemoStore.seed(directory, training: training)
        // The demo prints to a file in its folder; tests choose their own printer, or none.
        let settings = directory.settingsURL
        let lines = try String(contentsOf: settings, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try lines.map { $0.hasPrefix("printer = ") ? printer.map { "printer = \"\($0)\"" } ?? "" : String($0) }
            .joined(separator: "\n").write(to: settings, atomically: true, encoding: .utf8)
        if let scale { try setSetting("scale", to: "\"\(scale)\"", in: folder) }
        try self.init(opening: directory, time: time)
        app.state.profile.idleLock = idleLock
    }

    /// The app on the store already in `directory` (which goes with the value); `trainingCopy` as
    /// a lane opens its practice copy.
    init(opening directory: DataDirectory, time: LocalTime = LocalTime(weekday: 2, hour: 10, minute: 0), trainingCopy: Bool = false) throws {
        folder = directory.url
        let clock = clock
        let ids = ids
        let environment = AppEnvironment(now: { clock.now }, newID: { ids.make() }, localTime: { _ in time })
        (app, _, database, _) = try TerminalApp.open(directory: directory, share: nil, loginHint: DemoStaff.loginHint, environment: environment,
                                                     trainingCopy: trainingCopy)
    }

    deinit {
        ((app.performer as? StoreEffects)?.devices as? PrintWorker)?.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Applies what background work (print worker, hub questions) posts, until `done` holds or
    /// `seconds` pass. It waits with `Task.sleep`, so the cooperative threads stay free for the
    /// background tasks being waited on (a blocked thread would starve them on a 2-core machine).
    func waitForBackground(seconds: TimeInterval = 10, until done: () throws -> Bool) async rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            app.receiveBackgroundEvents()
            if try done() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return false
    }

    var state: AppState { app.state }

    /// Presses the key named as in keymap files ("F2", "enter", "esc").
    func press(_ name: String) throws {
        app.send(.key(try KeyChord(parsing: name)))
    }

    /// Types text and Enter.
    func type(_ text: String) {
        app.type(text)
    }

    /// Logs in with a demo staff number and PIN.
    func logIn(_ staff: String, _ pin: String) {
        app.send(.key(KeyChord(.escape)))
        type(staff)
        type(pin)
    }

    /// Logs in as the demo cashier and opens the shift with a float of `notes` 10-franc notes.
    func openShift(as staff: String = "1", pin: String = "1111", tens notes: Int = 10) throws {
        logIn(staff, pin)
        try #require(app.state.route == .shift, "after logging in, the till shows \(app.state.route), not the float count")
        // The float: the 10-franc row, then F10.
        while app.state.shiftForm.count.selected?.minorUnits != 1_000 { try press("down") }
        type("\(notes)")
        try press("F10")
    }

    /// The frame the app would draw, as text lines.
    func screen(width: Int = 80, height: Int = 24) -> [String] {
        var buffer = Buffer(width: width, height: height)
        var state = app.state
        AppScreen.render(&state, into: &buffer, theme: .monochrome)
        return buffer.trimmedLines
    }
}
