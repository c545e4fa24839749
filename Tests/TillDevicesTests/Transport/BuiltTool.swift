import Foundation

/// A test-support executable SwiftPM built next to the test bundle (`printer-probe`,
/// `umockdev-printer`), run as a separate process so the transport code can run under umockdev's
/// preload or as another user.
struct BuiltTool {
    /// The executable's path.
    let path: String

    /// The tool in the test bundle's build directory, if `swift build --build-tests` made it.
    init?(_ name: String) {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        let candidate = bundle.deletingLastPathComponent().appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: candidate) else { return nil }
        path = candidate
    }

    /// What a run printed and how it ended.
    struct Run {
        let status: Int32
        let output: String
        /// The output's lines, for matching one step's result.
        var lines: [String] { output.split(separator: "\n").map(String.init) }
        /// The first line: the first step's result.
        var firstLine: String { lines.first ?? "" }
    }

    /// Runs the tool (stopped after 30 seconds, so a hang fails the test instead of the run) and
    /// collects its standard output; standard error goes along for failure messages.
    func run(_ arguments: [String], environment extra: [String: String] = [:], prefix: [String] = []) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["30"] + prefix + [path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
