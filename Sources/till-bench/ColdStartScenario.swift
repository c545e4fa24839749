import Foundation

/// From process start to the login screen's first frame: the release `till` beside `till-bench` is
/// spawned on a fresh 80×24 pseudo-terminal (TERM=xterm-256color, LANG=C.UTF-8) against the demo
/// store (`till demo --seed-only`, once), and the clock stops at the last byte of the burst of output
/// holding the login panel's title, "Log in". Ctrl-Q then quits it (SIGTERM, SIGKILL if it lingers).
///
/// Baseline: `/usr/bin/printf` writing a screen's worth of bytes (80×24) ending with the same title
/// in the same harness, so the ratio shows Till's own cost over a process start, an exec and a
/// screenful through the pty. One warm-up run each; runs alternate between the two. The files are
/// in the page cache after the first run, so this is a warm start of a new process.
struct ColdStartScenario: Scenario {
    let name = "cold-start"
    let unit = "µs"
    let target = Target.p99Below(300_000, "p99 < 300 ms")

    static let marker = "Log in"

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        let till = try Self.tillExecutable()
        let folder = BenchFolder()
        try Self.seedDemo(till, into: folder.url.path)
        var environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin",
                           "HOME": FileManager.default.temporaryDirectory.path]
        // The share directory (themes, keymaps) is found the way the installed binary finds it.
        if let share = ProcessInfo.processInfo.environment["TILL_SHARE_DIR"] { environment["TILL_SHARE_DIR"] = share }
        let terminal = PseudoTerminal()
        let screenful = String(repeating: "x", count: 80 * 24 - Self.marker.utf8.count) + Self.marker
        let count = quick ? 5 : 30
        var samples: [UInt64] = []
        var baseline: [UInt64] = []
        for run in 0...count {
            let started = try terminal.timeToMarker(till, arguments: ["--data-dir", folder.url.path], environment: environment,
                                                    marker: Self.marker, quitBytes: [0x11])
            let printed = try terminal.timeToMarker("/usr/bin/printf", arguments: ["%s", screenful], environment: environment,
                                                    marker: Self.marker, quitBytes: [])
            if run > 0 {
                samples.append(started.nanoseconds / 1_000)
                baseline.append(printed.nanoseconds / 1_000)
            }
        }
        return (samples, baseline)
    }

    /// `till` in the folder `till-bench` runs from (`swift build --product till` with the same scratch path).
    static func tillExecutable() throws -> String {
        let till = URL(fileURLWithPath: benchExecutable).deletingLastPathComponent().appendingPathComponent("till").path
        guard FileManager.default.isExecutableFile(atPath: till) else {
            throw BenchError("cold-start needs the till binary at \(till): build it with `swift build -c release --product till` "
                             + "and the same --scratch-path as till-bench")
        }
        return till
    }

    /// `till demo --data-dir DIR --seed-only`: the store the demo opens on, made by the binary under test.
    private static func seedDemo(_ till: String, into directory: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: till)
        process.arguments = ["demo", "--data-dir", directory, "--seed-only"]
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw BenchError("till demo --seed-only exited with \(process.terminationStatus)")
        }
    }
}

/// The path of the running till-bench, however it was started.
var benchExecutable: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
}
