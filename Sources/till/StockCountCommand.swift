import ArgumentParser
import Foundation
import TillApp
import TillCore
import TillStore

/// `till stock count`: a count session from the shell, for counting with a handheld scanner's file
/// or by typing: start (the books are frozen), add what was counted, show the variances, post.
struct StockCountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "count", abstract: "Count stock: start, add counts, show the variances, post or cancel.",
        discussion: """
            start freezes what the books say at the location; add records counts (each adds to what was counted, --set replaces it); \
            show lists expected, counted and the variance at cost; post books the variances; cancel books nothing.
            """,
        subcommands: [Start.self, Add.self, Show.self, Post.self, Cancel.self, List.self])

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Open a count at a location; prints its number.")

        @OptionGroup var location: DataDirOption
        @Option(name: .customLong("location"), help: "Where (default: floor).") var place = StockLocation.floor.id
        @Flag(help: "Count everything there: what nobody counts is taken as none left. Without it, only what is counted changes.")
        var full = false

        func run() throws {
            let store = try StockStore.open(location, changing: true)
            let count = try store.run { () throws(StoreError) in
                try store.database.startCount(at: place, scope: full ? .full : .partial, context: store.context())
            }
            print("Count \(count.number) started at \(place) (\(count.scope.rawValue)): \(count.sheet.count) "
                  + "product\(count.sheet.count == 1 ? "" : "s") on the books")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record counts: one product, or a handheld scanner's file.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "The count's number.") var number: Int64
        @Option(help: "The product (barcode, PLU or SKU).") var sku: String?
        @Option(parsing: .unconditional, help: "How many (default 1; -1 takes back a miscount).") var quantity: String?
        @Option(help: "A CSV list: code,quantity per line, or one code per line for each item scanned.") var file: String?
        @Flag(help: "Replace what was counted of the product instead of adding to it.") var set = false

        func validate() throws {
            guard (file == nil) != (sku == nil) else { throw ValidationError("give --sku, or --file") }
            if file != nil, quantity != nil || set { throw ValidationError("--quantity and --set go with --sku") }
        }

        func run() throws {
            let store = try StockStore.open(location, changing: true)
            let entries: [(Product, CountEntry)]
            if let file {
                entries = try store.lines(of: file, signed: true).map { ($0.product, .add($0.quantity)) }
            } else {
                let product = try store.product(sku ?? "")
                let amount = try quantity.map { try StockStore.quantity($0, signed: !set, allowingZero: set) } ?? .one
                entries = [(product, set ? .set(amount) : .add(amount))]
            }
            for (product, entry) in entries {
                let line = try store.run { () throws(StoreError) in
                    try store.database.recordCount(entry, of: product.id, label: product.name, in: number, at: Date())
                }
                if file == nil { print("\(product.name): \(line.counted?.formatted ?? "0") counted, \(line.expected.formatted) expected") }
            }
            if file != nil { print("\(entries.count) count\(entries.count == 1 ? "" : "s") added to count \(number)") }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The count's sheet: expected, counted, and the variance at cost.")

        @OptionGroup var location: DataDirOption
        @OptionGroup var output: ListingFormat
        @Argument(help: "The count's number.") var number: Int64

        func run() throws {
            let store = try StockStore.open(location, changing: false)
            let session = try store.run { () throws(StoreError) in try store.database.countSession(number) }
            do { output.print(try .count(session, currency: store.settings.currency)) } catch {
                throw CommandFailure(description: error.description)
            }
        }
    }

    struct Post: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Book the count's variances as count movements and close it.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "The count's number.") var number: Int64

        func run() throws {
            let store = try StockStore.open(location, changing: true)
            let (_, report) = try store.run { () throws(StoreError) in try store.database.postCount(number, context: store.context()) }
            let net = Money(minorUnits: report.netValue, currency: store.settings.currency).formatted()
            print("Count \(number) posted: \(report.lines.count) variance\(report.lines.count == 1 ? "" : "s") booked, \(net) at cost")
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close the count without booking anything.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "The count's number.") var number: Int64

        func run() throws {
            let store = try StockStore.open(location, changing: true)
            try store.run { () throws(StoreError) in try store.database.cancelCount(number, context: store.context()) }
            print("Count \(number) cancelled; nothing was booked")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List counts, newest first.")

        @OptionGroup var location: DataDirOption
        @Flag(help: "Only those still open.") var open = false

        func run() throws {
            let store = try StockStore.open(location, changing: false)
            for session in try store.run({ () throws(StoreError) in try store.database.countSessions(open: open) }) {
                let counted = session.sheet.count { $0.counted != nil }
                print("\(session.number)\t\(session.locationID)\t\(session.scope.rawValue)\t\(session.status.rawValue)\t\(session.startedAt)\t"
                      + "\(counted) of \(session.sheet.count) counted")
            }
        }
    }
}
