import ArgumentParser
import Foundation
import TillApp
import TillCore
import TillStore

/// `till stock transfer`: send goods to another location (here or, through the hub, another store),
/// receive them at the other end, and list what is in transit.
struct StockTransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer", abstract: "Send goods to another location, receive a transfer, or list transfers.",
        subcommands: [Send.self, Receive.self, List.self], defaultSubcommand: Send.self)

    struct Send: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Send goods: they leave --from now and arrive when received at --to.")

        @OptionGroup var location: DataDirOption
        @Option(help: "The location they leave.") var from: String
        @Option(help: "The location they go to.") var to: String
        @Option(help: "Another store they go to (through the hub); leave out for this store.") var toStore: String?
        @Option(help: "The product (barcode, PLU or SKU); repeat with --quantity for several.") var sku: [String] = []
        @Option(help: "How many of each --sku, in the same order.") var quantity: [String] = []
        @Option(help: "A CSV list instead of --sku: code,quantity per line.") var file: String?
        @Option(help: "A note for the receiving end.") var note: String?

        func validate() throws {
            guard (file == nil) != sku.isEmpty else { throw ValidationError("give --sku with --quantity, or --file") }
            guard sku.count == quantity.count else {
                throw ValidationError("give one --quantity for each --sku (\(sku.count) products, \(quantity.count) quantities)")
            }
        }

        func run() throws {
            let store = try StockStore.open(location, changing: true)
            let lines: [TransferLine]
            if let file {
                lines = try store.lines(of: file).map { TransferLine(productID: $0.product.id, label: $0.product.name, sent: $0.quantity) }
            } else {
                lines = try zip(sku, quantity).map { code, text in
                    let product = try store.product(code)
                    return TransferLine(productID: product.id, label: product.name, sent: try StockStore.quantity(text))
                }
            }
            let transfer = try store.run { () throws(StoreError) in
                try store.database.sendTransfer(lines, from: from, to: to, toStore: toStore, note: note, context: store.context())
            }
            print("Transfer \(transfer.number) sent: \(transfer.route), \(lines.count) line\(lines.count == 1 ? "" : "s") in transit")
        }
    }

    struct Receive: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Receive a transfer: every line as sent, except those given with --sku and --quantity (what arrived).")

        @OptionGroup var location: DataDirOption
        @Argument(help: "The transfer's number, such as T1-4.") var number: String
        @Option(help: "A product that arrived in another quantity than sent; repeat for several.") var sku: [String] = []
        @Option(help: "What arrived of each --sku, in the same order (0 when none came).") var quantity: [String] = []

        func validate() throws {
            guard sku.count == quantity.count else {
                throw ValidationError("give one --quantity for each --sku (\(sku.count) products, \(quantity.count) quantities)")
            }
        }

        func run() throws {
            let store = try StockStore.open(location, changing: true)
            var counted: [ProductID: Quantity] = [:]
            for (code, text) in zip(sku, quantity) {
                counted[try store.product(code).id] = try StockStore.quantity(text, allowingZero: true)
            }
            let transfer = try store.run { () throws(StoreError) in
                try store.database.receiveTransfer(number, counted: counted, context: store.context())
            }
            let differences = transfer.lines.compactMap(\.discrepancyText)
            print("Transfer \(transfer.number) received at \(transfer.toLocation)"
                  + (differences.isEmpty ? " in full" : "; differences recorded: " + differences.joined(separator: ", ")))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List transfers, newest first.")

        @OptionGroup var location: DataDirOption
        @OptionGroup var output: ListingFormat
        @Flag(help: "Only those not yet received.") var inTransit = false

        func run() throws {
            let store = try StockStore.open(location, changing: false)
            output.print(.transfers(try store.run { () throws(StoreError) in try store.database.transfers(inTransit: inTransit) }))
        }
    }
}
