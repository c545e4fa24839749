import Foundation
import Testing
import TillCore

/// A program running in a detached tmux session of its own server: keys go in with `send-keys`,
/// the screen comes out with `capture-pane`. Waits are `Task.sleep`s, so a long run in tmux leaves
/// the test runner's few threads free for the background tasks other tests wait on.
struct TmuxSession {
    /// Where tmux is installed, if it is.
    static var tmuxPath: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    let tmux: String
    let socket = "till-e2e-\(UUID().uuidString.prefix(8))"

    /// Starts `command` in a 100×30 window.
    init(tmux: String, command: [String]) throws {
        self.tmux = tmux
        let line = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        try run(["-f", "/dev/null", "new-session", "-d", "-s", "till", "-x", "100", "-y", "30", line])
    }

    /// Types text, then Enter; each key is sent on its own so none is read as part of an escape sequence.
    func type(_ text: String) async {
        for character in text { await keys(String(character)) }
        await keys("Enter")
    }

    /// Sends tmux key names ("Enter", "F10", "M-h", "Down", "Escape", "5").
    func keys(_ names: String...) async {
        _ = try? run(["send-keys", "-t", "till"] + names)
        // Let the app read the key alone, so Escape followed by a key is not taken for Alt+key.
        try? await Task.sleep(for: .milliseconds(80))
    }

    /// The float's row of ten-franc notes, counted from the top of the float count.
    static let tensRow = DenominationSet.chf.denominations.firstIndex { $0.minorUnits == 1_000 } ?? 0

    /// Logs the demo cashier in and opens the shift on a float of ten 10-franc notes, up to the empty sale.
    func openDemoShift() async throws {
        try await waitFor("Staff")
        await type("1")
        await type("1111")
        try await waitFor("Open the shift: count the float")
        for _ in 0..<Self.tensRow { await keys("Down") }
        await type("10")
        try await waitFor("Counted: 100.00")
        await keys("F10")
        try await waitFor("TOTAL")
    }

    /// Alt-F: the floor, up to its table prompt.
    func openFloor() async throws {
        await keys("M-f")
        try await waitFor("Table ›")
    }

    /// On the floor: seats `table` for `covers` guests, up to its new check on the sale screen.
    func seat(_ table: String, covers: Int) async throws {
        await type(table)
        try await waitFor("Covers at table \(table)")
        await type("\(covers)")
        try await waitFor("Table \(table) seated: \(covers) covers")
    }

    /// The screen as text.
    func screen() -> String {
        (try? run(["capture-pane", "-p", "-t", "till"])) ?? ""
    }

    /// Waits up to `timeout` seconds for `text` to be on screen; fails with the screen as it was.
    func waitFor(_ text: String, timeout: TimeInterval = 10) async throws {
        _ = try await waitFor(anyOf: [text], timeout: timeout)
    }

    /// Waits until the screen shows one of `texts`; returns the one it shows.
    func waitFor(anyOf texts: [String], timeout: TimeInterval = 10) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if let shown = texts.first(where: last.contains) { return shown }
            try? await Task.sleep(for: .milliseconds(50))
        }
        throw TmuxTimeout(expected: texts.joined(separator: "\" or \""), screen: last)
    }

    func kill() {
        _ = try? run(["kill-server"])
    }

    /// Runs a tmux command and returns what it printed.
    ///
    /// It is spawned and reaped directly (posix_spawn, waitpid): the server tmux forks keeps every
    /// descriptor it inherits, and Foundation's `Process` can wait forever on those.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment.removeValue(forKey: "TMUX")
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        // Signals this process ignores or blocks (test runner threads block most) would be ignored or
        // blocked in tmux and the till in it too, and then neither ends when the server is killed.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw TmuxFailure(arguments: arguments, status: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }
}

/// tmux could not be started.
struct TmuxFailure: Error {
    let arguments: [String]
    let status: Int32
}

/// The screen never showed what the test waited for.
struct TmuxTimeout: Error, CustomStringConvertible {
    let expected: String
    let screen: String

    var description: String { "waited for \"\(expected)\"; the screen was:\n\(screen)" }
}
