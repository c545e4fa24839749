import ArgumentParser
import TillApp

/// `till sync pair|status|now`: the terminal's link to its hub.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Pair with the hub and see or run sync.", subcommands: [Pair.self, Status.self, Now.self])

    struct Pair: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pair this terminal with the hub using a code from till-hub pair.")

        @OptionGroup var location: DataDirOption
        @Option(help: ArgumentHelp("The hub's address (default: [hub] url in till.toml).", valueName: "URL")) var hub: String?
        @Option(help: "The one-time code till-hub pair printed.") var code: String

        func run() async throws {
            let tool = try SyncTool(directory: try location.directory())
            do {
                for line in try await tool.pair(hubURL: hub, code: code) { print(line) }
            } catch {
                throw CommandFailure(description: error.description)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the hub, the events waiting, the last success and the last error.")

        @OptionGroup var location: DataDirOption

        func run() throws {
            let tool = try SyncTool(directory: try location.directory())
            do {
                for line in try tool.status() { print(line) }
            } catch {
                throw CommandFailure(description: error.description)
            }
        }
    }

    struct Now: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send every waiting event to the hub and apply its changes, now.")

        @OptionGroup var location: DataDirOption

        func run() async throws {
            let tool = try SyncTool(directory: try location.directory())
            do {
                for line in try await tool.syncNow() { print(line) }
            } catch {
                throw CommandFailure(description: error.description)
            }
        }
    }
}
