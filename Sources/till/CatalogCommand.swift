import ArgumentParser
import Foundation
import TillApp
import TillCore
import TillStore

/// `till catalog import|export|search`: the store's catalog as CSV, and the search the menu screen uses.
struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Import, export and search the catalog.",
        subcommands: [Import.self, Export.self, Search.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import products from CSV (see the README for the columns); any bad row means nothing is imported.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "The CSV file.") var file: String
        @Flag(help: "Check every row and report, without writing.") var dryRun = false

        func run() throws {
            let (database, settings) = try StoreSetup.open(directory: try location.directory())
            do {
                print(try database.importCatalog(file: file, currency: settings.currency, dryRun: dryRun))
            } catch {
                throw CommandFailure(description: "\(file):\n\(error)\nNothing was imported.")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the catalog as CSV, to FILE or to standard output.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "Where to write; standard output when left out.") var file: String?

        func run() throws {
            let (database, settings) = try StoreSetup.open(directory: try location.directory())
            if let file {
                let count = try database.exportCatalog(file: file, currency: settings.currency)
                print("\(count) products written to \(file)")
            } else {
                print(try database.exportCatalog(currency: settings.currency), terminator: "")
            }
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Search the catalog as the cashier types: one product a line.")

        @OptionGroup var location: DataDirOption
        @Argument(help: "Words or the start of words, a SKU or a barcode.") var query: String
        @Option(help: "The most products to print.") var limit = 20

        func run() throws {
            let (database, settings) = try StoreSetup.open(directory: try location.directory())
            for product in try database.searchProducts(query, limit: limit) {
                let price = Money.format(product.price, exponent: settings.currency.exponent)
                let per = product.unit == .kilogram ? "/kg" : ""
                print("\(product.sku)\t\(product.name.split(whereSeparator: \.isNewline).joined(separator: " "))\t\(price)\(per)\(product.soldOut ? "\tsold out" : "")")
            }
        }
    }
}
