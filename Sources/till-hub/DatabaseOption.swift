import ArgumentParser
import TillHub

/// `--db PATH`, shared by every subcommand, so they all open the hub's database the same way.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The hub's SQLite database.", valueName: "PATH"))
    var path = HubConfiguration().databasePath

    var configuration: HubConfiguration {
        HubConfiguration(databasePath: path)
    }
}
