import ArgumentParser
import TillCore
import TillHub

/// `till-hub report`: what a manager must look into for a store.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "List rejected events, stock and vouchers below zero, and terminals whose clock runs ahead.")

    @OptionGroup var database: DatabaseOption
    @Option(help: "The store's id.") var store: String

    func run() async throws {
        let report = try await database.configuration.openStorage().report(store: store)
        print("Rejected events (\(report.rejectedEvents.count)):")
        for event in report.rejectedEvents {
            print("  terminal \(event.terminalID) epoch \(event.epoch) seq \(event.seq)\t\(event.kind)\t\(event.reason)")
        }
        print("Stock below zero (\(report.stockExceptions.count)):")
        for exception in report.stockExceptions {
            print("  \(exception.productID) at \(exception.locationID): \(Quantity(thousandths: exception.quantity).formatted)\t"
                + "after event \(exception.eventID) (\(exception.at))")
        }
        if !report.voucherExceptions.isEmpty {
            print("Vouchers below zero, overdrawn offline (\(report.voucherExceptions.count)):")
            for exception in report.voucherExceptions {
                print("  \(exception.code): \(exception.balance) minor units\tafter event \(exception.eventID) (\(exception.at))")
            }
        }
        if !report.clocksAhead.isEmpty {
            print("Clocks ahead of the hub (their customer edits count as at most 5 minutes ahead):")
            for clock in report.clocksAhead {
                print("  terminal \(clock.terminalID) epoch \(clock.epoch): \(clock.aheadMillis / 1000) s ahead")
            }
        }
    }
}
