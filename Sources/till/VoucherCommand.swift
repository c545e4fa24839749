import ArgumentParser
import TillApp

/// `till voucher issue|top-up|balance`: vouchers and gift cards, asked of the hub when paired.
struct VoucherCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voucher", abstract: "Issue, sell or top up vouchers and gift cards, and check a balance.",
        subcommands: [Issue.self, TopUp.self, Balance.self])

    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a voucher (given away), or sell one with --paid-with; prints its code.")

        @OptionGroup var location: DataDirOption
        @Option(help: "The value, such as 50 or 25.50.") var amount: String
        @Option(help: "The code printed on the voucher (default: 16 new digits with a check digit).") var code: String?
        @Option(help: ArgumentHelp("The last day it pays (default: no end).", valueName: "YYYY-MM-DD")) var expires: String?
        @Option(name: .customLong("paid-with"), help: "Sold for cash or card (default: given away).") var paidWith: String?

        func run() async throws {
            let tool = try VoucherTool(directory: try location.directory())
            do {
                for line in try await tool.issue(amount: amount, code: code, expires: expires, paidWith: paidWith) { print(line) }
            } catch {
                throw CommandFailure(description: error.description)
            }
        }
    }

    struct TopUp: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "top-up", abstract: "Add value to a voucher or gift card.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "The voucher's code.") var code: String
        @Option(help: "The value to add, such as 20.") var amount: String
        @Option(name: .customLong("paid-with"), help: "Paid in cash or by card (default: given).") var paidWith: String?

        func run() throws {
            let tool = try VoucherTool(directory: try location.directory())
            try printing { () throws(LoyaltyToolError) in try tool.topUp(code: code, amount: amount, paidWith: paidWith) }
        }
    }

    struct Balance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what is left on a voucher: the hub's figure when paired and answering, else this till's.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "The voucher's code.") var code: String

        func run() async throws {
            let tool = try VoucherTool(directory: try location.directory())
            do {
                for line in try await tool.balance(code: code) { print(line) }
            } catch {
                throw CommandFailure(description: error.description)
            }
        }
    }
}
