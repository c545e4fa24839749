import ArgumentParser
import TillApp

/// `till`: the point of sale and its tools.
@main
struct Till: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "till",
        abstract: "A keyboard-first point of sale that runs in the terminal.",
        version: TillVersion.current,
        subcommands: [OpenCommand.self, InitCommand.self, CatalogCommand.self, StaffCommand.self, SimCommand.self, Demo.self, ConfigCommand.self,
                      ReportCommand.self, PrinterCommand.self, ScannerCommand.self, SyncCommand.self, CustomerCommand.self,
                      VoucherCommand.self, TrainingCommand.self,
                      StockCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}
