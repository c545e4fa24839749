import ArgumentParser
import Foundation
import TillApp

/// `till config check`: validates theme and keymap files the way the app loads them.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Check configuration files.", subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load themes and keymaps and report every problem with file, line and key.",
            discussion: "With no FILE, checks every shipped theme and keymap. Exit status 1 when anything is wrong.")

        @Argument(help: "Theme or keymap files (the folder, themes/ or keymaps/, says which).")
        var files: [String] = []

        func run() throws {
            let share = ShareDirectory.locate(environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0])
            let shipped = share.map { $0.files(.theme) + $0.files(.keymap) } ?? []
            let targets = files.isEmpty ? shipped : files
            guard !targets.isEmpty else {
                throw ValidationError("no files given and no shipped themes/ and keymaps/ found (set TILL_SHARE_DIR)")
            }
            let problems = ConfigCheck(shippedThemes: share?.files(.theme) ?? []).problems(in: targets)
            for problem in problems { print(problem) }
            print(problems.isEmpty ? "\(targets.count) files OK" : "\(problems.count) problems in \(targets.count) files")
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }
}
