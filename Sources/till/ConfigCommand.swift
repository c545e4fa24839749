import ArgumentParser
import Foundation
import TillApp

/// `till config check`: validates themes, keymaps, printer profiles and exercises the way the app loads them.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Check configuration files.", subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load themes, keymaps, printer profiles and exercises and report every problem with file, line and key.",
            discussion: "With no FILE, checks every shipped file. Exit status 1 when anything is wrong.")

        @Argument(help: "Files to check (their folder, themes/, keymaps/, printers/ or exercises/, says what they are).")
        var files: [String] = []

        func run() throws {
            let share = ShareDirectory.locate(environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0])
            let shipped = share.map { share in ConfigFileKind.allCases.flatMap { share.files($0) } } ?? []
            let targets = files.isEmpty ? shipped : files
            guard !targets.isEmpty else {
                throw ValidationError("no files given and no shipped configuration found (set TILL_SHARE_DIR)")
            }
            let problems = ConfigCheck(shippedThemes: share?.files(.theme) ?? []).problems(in: targets)
            for problem in problems { print(problem) }
            print(problems.isEmpty ? "\(targets.count) files OK" : "\(problems.count) problems in \(targets.count) files")
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }
}
