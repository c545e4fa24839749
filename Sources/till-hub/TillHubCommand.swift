import ArgumentParser

/// `till-hub`: the sync hub that terminals push sales to and pull the catalog from.
@main
struct TillHubCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "till-hub",
        abstract: "The Till sync hub.",
        subcommands: [ServeCommand.self, PairCommand.self, RevokeCommand.self, CatalogCommand.self, ReportCommand.self])
}
